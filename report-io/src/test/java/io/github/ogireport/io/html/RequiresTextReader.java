package io.github.ogireport.io.html;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips the end-to-end properties until the text reader is on the class path. */
public final class RequiresTextReader implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return TextReaderBridge.lineReader().isPresent()
        ? SkipResult.doNotSkip()
        : SkipResult.skip("io.github.ogireport.io.text.TextReportReader is not on the class path yet");
  }
}
