/**
 * Internals shared by the text and HTML readers: text normalisation, the label catalogue, number parsing
 * and input decoding.
 *
 * <p>DISCLAIMER: this package is not exported by the module and is not API. Its types may change or
 * disappear in any release.
 */
package io.github.ogireport.io.internal;
