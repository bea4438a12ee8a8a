package lv.klade.checks;

import java.time.YearMonth;
import java.util.UUID;

/** Which findings to show: a month (null: the year so far), one teacher's (null: all), one class's (null: all). */
public record CheckFilter(YearMonth month, UUID teacherId, UUID classId) {

    public static CheckFilter wholeSchool() {
        return new CheckFilter(null, null, null);
    }
}
