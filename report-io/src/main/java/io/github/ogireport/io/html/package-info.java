/**
 * Reading reports published as web pages: {@link io.github.ogireport.io.html.HtmlLines} turns an HTML
 * document (bytes in any declared charset, or text) into tab-separated lines, expanding every table's
 * {@code rowspan}/{@code colspan} into a logical {@link io.github.ogireport.io.html.HtmlGrid}, and
 * remembers the HTML cell each line position came from.
 */
package io.github.ogireport.io.html;
