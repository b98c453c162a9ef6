package io.github.ogireport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {
  private static BoundedWork work(int workers, int queue, Duration timeout) {
    ServerProperties p = new ServerProperties();
    p.setWorkers(workers);
    p.setQueue(queue);
    p.setTimeout(timeout);
    return new BoundedWork(p);
  }

  @Test
  void answersWithinTheLimit() {
    BoundedWork work = work(1, 1, Duration.ofSeconds(5));
    assertThat(work.run(() -> 42)).isEqualTo(42);
    work.destroy();
  }

  @Test
  void aTaskPastTheLimitIsCancelledAndAnsweredBusy() throws Exception {
    BoundedWork work = work(1, 1, Duration.ofMillis(100));
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThatThrownBy(() -> work.run(() -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return 0;
    })).isInstanceOf(BoundedWork.Busy.class).hasMessageContaining("100 ms");
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
    work.destroy();
  }

  @Test
  void noRoomInTheQueueIsBusy() throws Exception {
    BoundedWork work = work(1, 1, Duration.ofSeconds(5));
    CountDownLatch release = new CountDownLatch(1);
    Thread a = new Thread(() -> work.run(() -> release.await(5, TimeUnit.SECONDS)));
    Thread b = new Thread(() -> work.run(() -> release.await(5, TimeUnit.SECONDS)));
    a.start();
    Thread.sleep(200);
    b.start(); // waits in the queue
    Thread.sleep(200);
    assertThatThrownBy(() -> work.run(() -> 1)).isInstanceOf(BoundedWork.Busy.class).hasMessageContaining("queue");
    release.countDown();
    a.join();
    b.join();
    work.destroy();
  }

  @Test
  void readerExceptionsPassThrough() {
    BoundedWork work = work(1, 1, Duration.ofSeconds(5));
    assertThatThrownBy(() -> work.run(() -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    work.destroy();
  }

  @Test
  void uploadNamesAreNeverPaths() {
    assertThat(Uploads.name("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Uploads.name("C:\\reports\\2023.pdf")).isEqualTo("2023.pdf");
    assertThat(Uploads.name("..")).isEqualTo("upload");
    assertThat(Uploads.name(null)).isEqualTo("upload");
    assertThat(Uploads.name("a\u0000b\nc.txt")).isEqualTo("abc.txt");
  }
}
