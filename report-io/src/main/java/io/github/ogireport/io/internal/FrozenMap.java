package io.github.ogireport.io.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map in insertion order, with no {@code null} key or value, that the result types take
 * as they are instead of copying (as Guava's {@code ImmutableMap.copyOf} does with its own kind). Nothing
 * can change it once built: its storage belongs to the {@link Builder} until {@link Builder#build()} hands
 * it over, and the builder refuses every use after that.
 *
 * <p>The readers record where every cell was read in one of these, so that a cell's location is stored
 * once, not copied from a table's draft to the session and again into the {@code ReadResult}.
 */
public final class FrozenMap<K, V> extends AbstractMap<K, V> {
  private final Map<K, V> map;
  private final Map<K, V> view;

  private FrozenMap(LinkedHashMap<K, V> map) {
    this.map = map;
    this.view = Collections.unmodifiableMap(map);
  }

  /**
   * The map itself if it is a {@code FrozenMap}, else a copy in its iteration order.
   *
   * @throws NullPointerException if a key or value is {@code null}, with {@code keyName} or {@code valueName}
   */
  @SuppressWarnings("unchecked")
  public static <K, V> FrozenMap<K, V> copyOf(Map<? extends K, ? extends V> map, String keyName, String valueName) {
    if (map instanceof FrozenMap<?, ?> frozen) {
      return (FrozenMap<K, V>) frozen;
    }
    Builder<K, V> b = builder(map.size());
    for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
      b.put(Objects.requireNonNull(e.getKey(), keyName), Objects.requireNonNull(e.getValue(), valueName));
    }
    return b.build();
  }

  /** A builder sized for about {@code expected} entries (it grows past them). */
  public static <K, V> Builder<K, V> builder(int expected) {
    return new Builder<>(expected);
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public boolean containsValue(Object value) {
    return map.containsValue(value);
  }

  @Override
  public V get(Object key) {
    return map.get(key);
  }

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    return map.getOrDefault(key, defaultValue);
  }

  @Override
  public void forEach(BiConsumer<? super K, ? super V> action) {
    map.forEach(action);
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return view.entrySet();
  }

  @Override
  public Set<K> keySet() {
    return view.keySet();
  }

  @Override
  public Collection<V> values() {
    return view.values();
  }

  /**
   * Collects the entries of one {@link FrozenMap}, in the order first put (putting a key again replaces
   * its value in place). Used once: {@link #build()} hands the entries over, and every call after it
   * throws {@link IllegalStateException}.
   */
  public static final class Builder<K, V> {
    private LinkedHashMap<K, V> map;

    private Builder(int expected) {
      map = new LinkedHashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** Adds or replaces one entry. */
    public Builder<K, V> put(K key, V value) {
      entries().put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds or replaces every entry of {@code other}, in its order. */
    public Builder<K, V> putAll(Map<? extends K, ? extends V> other) {
      LinkedHashMap<K, V> m = entries();
      // forEach, not entrySet(): a FrozenMap (or an unmodifiable view) then wraps no entry
      other.forEach((k, v) -> m.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
      return this;
    }

    /** The number of entries so far. */
    public int size() {
      return entries().size();
    }

    /** The map of the entries put; the builder cannot be used after this. */
    public FrozenMap<K, V> build() {
      FrozenMap<K, V> built = new FrozenMap<>(entries());
      map = null;
      return built;
    }

    private LinkedHashMap<K, V> entries() {
      if (map == null) {
        throw new IllegalStateException("this builder has built its map already");
      }
      return map;
    }
  }
}
