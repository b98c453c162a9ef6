package io.github.ogireport.model;

import java.util.List;

/**
 * The seven applicant columns of the section 三 table (申请人情况), 2019 and 2021 editions.
 *
 * @since 0.1
 */
public enum ApplicantColumn implements TableColumn {
  /** 自然人. */
  NATURAL_PERSON("natural_person", "自然人", "Natural persons"),
  /** 法人或其他组织 › 商业企业. */
  COMMERCIAL_ENTERPRISE("commercial_enterprise", "商业企业", "Commercial enterprises"),
  /** 法人或其他组织 › 科研机构. */
  RESEARCH_INSTITUTION("research_institution", "科研机构", "Research institutions"),
  /** 法人或其他组织 › 社会公益组织. */
  PUBLIC_WELFARE_ORGANIZATION("public_welfare_organization", "社会公益组织", "Public-welfare organisations"),
  /** 法人或其他组织 › 法律服务机构. */
  LEGAL_SERVICE_INSTITUTION("legal_service_institution", "法律服务机构", "Legal-service institutions"),
  /** 法人或其他组织 › 其他. */
  OTHER_ORGANIZATION("other_organization", "其他", "Other organisations"),
  /** 总计. */
  TOTAL("total", "总计", "Total");

  /** The group label printed above the five organisation columns. */
  public static final String ORGANIZATION_GROUP_LABEL = "法人或其他组织";

  private final String key;
  private final String label;
  private final String englishName;

  ApplicantColumn(String key, String label, String englishName) {
    this.key = key;
    this.label = label;
    this.englishName = englishName;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** True for the five 法人或其他组织 columns. */
  public boolean isOrganization() {
    return this != NATURAL_PERSON && this != TOTAL;
  }

  /** The six columns whose sum is {@link #TOTAL}, in printed order. */
  public static List<ApplicantColumn> parts() {
    return List.of(
        NATURAL_PERSON,
        COMMERCIAL_ENTERPRISE,
        RESEARCH_INSTITUTION,
        PUBLIC_WELFARE_ORGANIZATION,
        LEGAL_SERVICE_INSTITUTION,
        OTHER_ORGANIZATION);
  }
}
