package lv.klade.lessons.ui;

import java.time.LocalDate;
import lv.klade.lessons.ClassWeek;

/**
 * One line of the class diary: a lesson of a day, or a day with no lessons ({@code lesson} null).
 * {@code firstOfDay} marks where a new day starts, so the day's name shows once.
 */
public record DiaryRow(LocalDate date, boolean firstOfDay, String dayOff, ClassWeek.Entry lesson) {
}
