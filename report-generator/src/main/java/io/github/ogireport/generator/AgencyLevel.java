package io.github.ogireport.generator;

/**
 * The kind of agency a generated report is published by, which sets the magnitudes of its figures. The
 * constants are ordered from the smallest typical report to the largest, so that a property-test
 * framework shrinking towards the first constant shrinks towards small reports.
 *
 * @since 0.1
 */
public enum AgencyLevel {
  /** A town or township government or a sub-district office: 0 to 5 applications a year, mostly none. */
  TOWN,
  /** A department of a county or district government: a few applications, often none. */
  COUNTY_DEPARTMENT,
  /** A county or district government (or its general office): tens to a few hundred applications. */
  COUNTY,
  /** A department of a prefecture-level city government: up to several hundred applications. */
  CITY_DEPARTMENT,
  /** A provincial department: tens to a few thousand applications. */
  PROVINCE_DEPARTMENT,
  /** A prefecture-level city government: hundreds to thousands of applications, mostly from 自然人. */
  CITY
}
