package io.github.ogireport.documents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * The shared setting of every fuzz property, as in report-io's tests (a copy: test classes are not
 * shared between modules), added with {@code @AddLifecycleHook(FuzzBudget.class)}:
 *
 * <ul>
 *   <li>the number of cases: the property's own count in the default build; the system property
 *       {@value #TRIES} when set ({@code -Pnightly} sets it to 1,000,000) replaces it for every fuzz
 *       property, except that {@link NightlyTries} caps it for a property whose cases are slow;
 *   <li>a time budget per case ({@value #BUDGET_MS} milliseconds, 2,000 unless set): a case whose thread
 *       spends more CPU time than that (or more than ten times that of wall time, should the machine be
 *       busy) fails the property, with the input in the message; {@link Budget} on a property sets
 *       another budget for its cases.
 * </ul>
 */
final class FuzzBudget implements AroundPropertyHook, AroundTryHook {
  /** The system property holding the number of cases of every fuzz property, when set. */
  public static final String TRIES = "ogireport.fuzz.tries";
  /** The system property holding the time budget of one case, in milliseconds. */
  public static final String BUDGET_MS = "ogireport.fuzz.budget-ms";

  /** The time budget of one case of the annotated property, instead of {@value #BUDGET_MS}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface Budget {
    /** Milliseconds of CPU time per case. */
    long millis();
  }

  /**
   * The most cases the annotated property runs when {@value #TRIES} is set: a property whose cases can take
   * seconds each (a damaged PDF, up to two minutes in PDFBox's own text extraction) cannot run a million in
   * a night, and says so with its own count instead of silently running fewer.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface NightlyTries {
    /** The number of cases under {@value #TRIES}, if that is more. */
    int value();
  }

  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong(BUDGET_MS, 2_000));
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz-case");
    t.setDaemon(true);
    return t;
  });

  /** The number of cases a fuzz property runs: {@value #TRIES} when set, else {@code defaultTries}. */
  public static int tries(int defaultTries) {
    return Integer.getInteger(TRIES, defaultTries);
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    Integer tries = Integer.getInteger(TRIES);
    if (tries != null) {
      int cap = context.findAnnotation(NightlyTries.class).map(NightlyTries::value).orElse(Integer.MAX_VALUE);
      context.attributes().setTries(Math.min(tries, cap));
    }
    return property.execute();
  }

  @Override
  @SuppressWarnings("deprecation") // Thread.getId(): Thread.threadId() is not in Java 17
  public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters)
      throws Throwable {
    AtomicLong thread = new AtomicLong(-1);
    AtomicLong cpuStart = new AtomicLong();
    Future<TryExecutionResult> result = WORKERS.submit(() -> {
      long id = Thread.currentThread().getId();
      cpuStart.set(cpu(id));
      thread.set(id);
      return aTry.execute(parameters);
    });
    long budget = context.findAnnotation(Budget.class)
        .map(b -> TimeUnit.MILLISECONDS.toNanos(b.millis())).orElse(BUDGET_NANOS);
    long wallStart = System.nanoTime();
    long slice = Math.max(1, budget / 4);
    while (true) {
      try {
        return result.get(slice, TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        throw e.getCause();
      } catch (TimeoutException e) {
        long id = thread.get();
        long cpu = id < 0 ? -1 : cpu(id);
        boolean overCpu = cpu >= 0 && cpu - cpuStart.get() > budget;
        boolean overWall = System.nanoTime() - wallStart > (cpu < 0 ? budget : 10 * budget);
        if (overCpu || overWall) {
          result.cancel(true);
          return TryExecutionResult.falsified(new AssertionError(String.format(
              "a case took longer than its budget of %d ms (%s) on the input %s",
              TimeUnit.NANOSECONDS.toMillis(budget), overCpu ? "CPU time" : "wall time",
              describe(parameters))));
        }
      }
    }
  }

  /** The CPU time of a thread in nanoseconds, or -1 when the JVM does not measure it. */
  private static long cpu(long threadId) {
    return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(threadId) : -1;
  }

  /** The parameters of a case, byte arrays as text and each cut at 4,000 characters. */
  static String describe(List<Object> parameters) {
    StringBuilder sb = new StringBuilder("[");
    for (Object p : parameters) {
      String s = p instanceof byte[] b ? "bytes " + Arrays.toString(b) : String.valueOf(p);
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(s.length() > 4_000 ? s.substring(0, 4_000) + "...(" + s.length() + " characters)" : s);
    }
    return sb.append(']').toString();
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS; // added to a class, it applies to the class's properties
  }

  @Override
  public int aroundTryProximity() {
    return 10; // close to the try: the budget times the case itself, not other hooks
  }
}
