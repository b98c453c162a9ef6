package io.github.ogireport.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ogi-report.server.*}: how many reports are read at once, how many wait, and how long one may
 * take.
 */
@ConfigurationProperties(prefix = "ogi-report.server")
public class ServerProperties {
  /** Reports read and checked at the same time (default 2). */
  private int workers = 2;

  /** Requests that wait for a worker; one more is answered 503 (default 16). */
  private int queue = 16;

  /** The longest a request may take to read, check or convert its report; then 503 (default 30 s). */
  private Duration timeout = Duration.ofSeconds(30);

  /** The largest JSON request body, in bytes (default 16 MiB, the JSON reader's own limit). */
  private long maxJsonBytes = 16L << 20;

  public int getWorkers() {
    return workers;
  }

  public void setWorkers(int workers) {
    this.workers = workers;
  }

  public int getQueue() {
    return queue;
  }

  public void setQueue(int queue) {
    this.queue = queue;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public long getMaxJsonBytes() {
    return maxJsonBytes;
  }

  public void setMaxJsonBytes(long maxJsonBytes) {
    this.maxJsonBytes = maxJsonBytes;
  }
}
