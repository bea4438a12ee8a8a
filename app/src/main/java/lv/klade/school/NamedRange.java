package lv.klade.school;

/** A named range of days, such as a break in a year plan. */
public record NamedRange(String name, DateRange range) {
}
