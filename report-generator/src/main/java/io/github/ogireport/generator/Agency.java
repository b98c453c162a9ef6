package io.github.ogireport.generator;

/**
 * An invented reporting agency: its level, printed name, optional division code and the factors that
 * shape its figures. Names are assembled from invented place names and the usual suffixes; they are not
 * meant to name a real agency.
 */
final class Agency {
  private static final String[] SYLLABLES = {
    "青", "安", "平", "河", "山", "阳", "川", "林", "丰", "宁", "和", "兴", "石", "泉", "清", "云",
    "桥", "溪", "湖", "东", "西", "南", "北", "新", "长", "永", "乐", "福", "德", "文", "华", "龙",
    "凤", "金", "玉", "松", "柳", "桃", "梅", "竹", "枫", "岭", "峰", "源", "湾", "台", "庄", "集",
    "坪", "塘", "港", "洲", "嘉", "瑞", "昌", "盛", "宝", "鹤", "白", "红", "黄", "绿", "仁", "义",
    "礼", "信", "望", "江", "海", "沙", "田", "原", "丘", "岗", "关", "城", "阜", "宜"
  };

  private static final int[] PROVINCE_CODES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
    54, 61, 62, 63, 64, 65
  };

  /** A department: its name at county, city and province level, and how it shifts the figures. */
  private record Department(
      String county, String city, String province, double applications, double licensing, double penalty) {}

  private static final Department[] DEPARTMENTS = {
    new Department("发展和改革局", "发展和改革委员会", "发展和改革委员会", 0.6, 0.8, 0.3),
    new Department("教育局", "教育局", "教育厅", 0.7, 0.5, 0.2),
    new Department("公安局", "公安局", "公安厅", 1.5, 1.5, 3.0),
    new Department("民政局", "民政局", "民政厅", 0.6, 0.5, 0.2),
    new Department("司法局", "司法局", "司法厅", 0.5, 0.3, 0.2),
    new Department("财政局", "财政局", "财政厅", 0.6, 0.2, 0.2),
    new Department("人力资源和社会保障局", "人力资源和社会保障局", "人力资源和社会保障厅", 1.0, 0.6, 0.5),
    new Department("自然资源局", "自然资源和规划局", "自然资源厅", 3.0, 1.0, 1.5),
    new Department("住房和城乡建设局", "住房和城乡建设局", "住房和城乡建设厅", 2.0, 1.2, 1.0),
    new Department("交通运输局", "交通运输局", "交通运输厅", 0.8, 1.2, 2.0),
    new Department("水利局", "水利局", "水利厅", 0.5, 0.6, 0.5),
    new Department("农业农村局", "农业农村局", "农业农村厅", 0.6, 0.8, 0.8),
    new Department("商务局", "商务局", "商务厅", 0.4, 0.5, 0.3),
    new Department("文化和旅游局", "文化广电旅游局", "文化和旅游厅", 0.4, 0.6, 0.8),
    new Department("卫生健康局", "卫生健康委员会", "卫生健康委员会", 0.8, 1.0, 1.0),
    new Department("应急管理局", "应急管理局", "应急管理厅", 0.4, 0.5, 1.2),
    new Department("审计局", "审计局", "审计厅", 0.3, 0.0, 0.1),
    new Department("市场监督管理局", "市场监督管理局", "市场监督管理局", 1.2, 2.0, 3.0),
    new Department("统计局", "统计局", "统计局", 0.2, 0.0, 0.2),
    new Department("医疗保障局", "医疗保障局", "医疗保障局", 0.5, 0.3, 0.6),
    new Department("林业局", "林业局", "林业局", 0.4, 0.6, 0.6),
    new Department("行政审批服务局", "行政审批服务局", "政务服务管理局", 1.0, 4.0, 0.1),
    new Department("退役军人事务局", "退役军人事务局", "退役军人事务厅", 0.3, 0.1, 0.0),
    new Department("信访局", "信访局", "信访局", 0.8, 0.0, 0.0),
    new Department("城市管理局", "城市管理综合行政执法局", "机关事务管理局", 0.7, 0.6, 2.0),
    new Department("生态环境分局", "生态环境局", "生态环境厅", 0.8, 0.6, 1.5)
  };

  private static final String[] COUNTY_SUFFIXES = {"县", "县", "县", "区", "区", "市"};

  final AgencyLevel level;
  final String name;
  /** The 行政区划代码, or {@code null} when the report does not print one. */
  final String divisionCode;
  /** Multiplies the number of applications. */
  final double applicationFactor;
  /** Multiplies the licensing figures of section 二. */
  final double licensingFactor;
  /** Multiplies the penalty and compulsion figures of section 二. */
  final double penaltyFactor;

  private Agency(
      AgencyLevel level,
      String name,
      String divisionCode,
      double applicationFactor,
      double licensingFactor,
      double penaltyFactor) {
    this.level = level;
    this.name = name;
    this.divisionCode = divisionCode;
    this.applicationFactor = applicationFactor;
    this.licensingFactor = licensingFactor;
    this.penaltyFactor = penaltyFactor;
  }

  /** True for a government (as opposed to one of its departments). */
  boolean isGovernment() {
    return level == AgencyLevel.TOWN || level == AgencyLevel.COUNTY || level == AgencyLevel.CITY;
  }

  /** Invents an agency of the given level. */
  static Agency random(Rng rng, AgencyLevel level) {
    StringBuilder sb = new StringBuilder(24);
    String city = placeName(rng);
    String county = placeName(rng);
    int province = PROVINCE_CODES[rng.nextInt(PROVINCE_CODES.length)];
    int cityCode = rng.between(1, 15);
    int countyCode = rng.between(1, 28);
    double applications = 1.0;
    double licensing = 1.0;
    double penalty = 1.0;
    String code;
    switch (level) {
      case TOWN -> {
        String countySuffix = rng.pick(COUNTY_SUFFIXES);
        if (rng.chance(0.7)) {
          sb.append(county).append(countySuffix);
        }
        sb.append(placeName(rng));
        int kind = rng.nextInt(20);
        if (kind < 12) {
          sb.append("镇人民政府");
        } else if (kind < 17) {
          sb.append("乡人民政府");
        } else {
          sb.append("街道办事处");
        }
        code = sixDigits(province, cityCode, countyCode) + (kind < 17 ? "1" : "0") + twoDigits(rng.between(1, 30));
      }
      case COUNTY_DEPARTMENT -> {
        Department d = rng.pick(DEPARTMENTS);
        String countySuffix = rng.pick(COUNTY_SUFFIXES);
        if (d.county().equals("生态环境分局")) {
          sb.append(city).append("市生态环境局").append(county).append("分局");
        } else {
          sb.append(county).append(countySuffix).append(d.county());
        }
        applications = d.applications();
        licensing = d.licensing();
        penalty = d.penalty();
        code = sixDigits(province, cityCode, countyCode);
      }
      case COUNTY -> {
        sb.append(county).append(rng.pick(COUNTY_SUFFIXES)).append("人民政府");
        if (rng.chance(0.2)) {
          sb.append("办公室");
        }
        code = sixDigits(province, cityCode, countyCode);
      }
      case CITY_DEPARTMENT -> {
        Department d = rng.pick(DEPARTMENTS);
        sb.append(city).append('市').append(d.city());
        applications = d.applications();
        licensing = d.licensing();
        penalty = d.penalty();
        code = sixDigits(province, cityCode, 0);
      }
      case PROVINCE_DEPARTMENT -> {
        Department d = rng.pick(DEPARTMENTS);
        sb.append(placeName(rng)).append('省').append(d.province());
        applications = d.applications();
        licensing = d.licensing();
        penalty = d.penalty();
        code = sixDigits(province, 0, 0);
      }
      case CITY -> {
        sb.append(city).append("市人民政府");
        if (rng.chance(0.25)) {
          sb.append("办公室");
        }
        code = sixDigits(province, cityCode, 0);
      }
      default -> throw new AssertionError(level);
    }
    String divisionCode = rng.chance(0.4) ? code : null;
    return new Agency(level, sb.toString(), divisionCode, applications, licensing, penalty);
  }

  /** An invented two-character place name. */
  static String placeName(Rng rng) {
    String a = rng.pick(SYLLABLES);
    String b = rng.pick(SYLLABLES);
    while (b.equals(a)) {
      b = rng.pick(SYLLABLES);
    }
    return a.concat(b);
  }

  private static String sixDigits(int province, int city, int county) {
    return twoDigits(province) + twoDigits(city) + twoDigits(county);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
