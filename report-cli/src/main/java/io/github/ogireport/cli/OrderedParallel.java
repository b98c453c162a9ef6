package io.github.ogireport.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps the items of an iterator on several threads and hands the results on in input order, with a
 * bounded number of items in flight, so that output is deterministic and memory does not grow with the
 * input.
 */
final class OrderedParallel {
  private OrderedParallel() {}

  static <T, R> void map(Iterator<T> items, int threads, Function<T, R> work, Consumer<R> sink) {
    if (threads <= 1) {
      while (items.hasNext()) {
        sink.accept(work.apply(items.next()));
      }
      return;
    }
    int window = threads * 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ogi-report-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>(window);
      while (items.hasNext()) {
        T item = items.next();
        inFlight.addLast(pool.submit(() -> work.apply(item)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Calls a task, rethrowing checked exceptions unchanged as unchecked ones. */
  static <R> R callUnchecked(java.util.concurrent.Callable<R> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
