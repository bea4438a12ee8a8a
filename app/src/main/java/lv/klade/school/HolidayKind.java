package lv.klade.school;

/** The Latvian public holidays; each names its text in the school bundle. */
public enum HolidayKind {
    NEW_YEAR,
    GOOD_FRIDAY,
    EASTER_SUNDAY,
    EASTER_MONDAY,
    LABOUR_DAY,
    INDEPENDENCE_RESTORATION,
    MIDSUMMER_EVE,
    MIDSUMMER_DAY,
    PROCLAMATION_DAY,
    CHRISTMAS_EVE,
    CHRISTMAS_DAY,
    SECOND_CHRISTMAS_DAY,
    NEW_YEARS_EVE;

    /** The bundle key of this holiday's name. */
    public String key() {
        return "holiday." + name();
    }
}
