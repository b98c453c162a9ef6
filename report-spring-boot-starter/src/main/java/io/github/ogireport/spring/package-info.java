/**
 * Spring Boot auto-configuration of ogi-report; the entry point is {@link
 * io.github.ogireport.spring.OgiReportAutoConfiguration}, configured by {@link
 * io.github.ogireport.spring.OgiReportProperties} ({@code ogi-report.*}), with {@link
 * io.github.ogireport.spring.ReportProblems} for RFC 9457 ProblemDetail answers.
 */
package io.github.ogireport.spring;
