package io.github.ogireport.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The readers' executor: a fixed number of workers and a bounded queue, each task given a time limit.
 * A task past its limit is cancelled (its worker interrupted) and answered {@link Busy}; so is a task
 * for which no place is left in the queue. A reader that does not look at interruption keeps its
 * worker until it ends, so at most {@code workers} such reads run at once.
 */
@Component
class BoundedWork implements DisposableBean {
  /** No answer within the limit, or no room to wait: the server answers 503. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  private final ThreadPoolExecutor executor;
  private final long timeoutMillis;

  BoundedWork(ServerProperties properties) {
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(properties.getWorkers(), properties.getWorkers(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(properties.getQueue()), r -> {
          Thread t = new Thread(r, "ogi-report-reader-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.timeoutMillis = properties.getTimeout().toMillis();
  }

  /** Runs the task on a worker and waits for it at most the time limit. */
  <T> T run(Callable<T> task) {
    Future<T> future;
    try {
      future = executor.submit(task);
    } catch (RejectedExecutionException e) {
      throw new Busy("every reader is busy and the queue is full; try again later");
    }
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Busy("reading took longer than the limit of " + timeoutMillis + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Busy("interrupted while waiting for the reader");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
