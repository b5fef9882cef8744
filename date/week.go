package date

import "time"

// Now returns the current time in Asia/Tehran.
func Now() time.Time { return time.Now().In(Tehran()) }

// Today returns the current date in Asia/Tehran under the Official rule.
func Today() Date {
	d, _ := FromTime(Now()) // today is inside 1–3177 AP
	return d
}

// DayOfWeek returns the position of w in the Iranian week, which begins on
// Saturday: 1 for Saturday (شنبه) to 7 for Friday (جمعه), or 0 if w is not
// a weekday.
func (w Weekday) DayOfWeek() int {
	if w < Sunday || w > Saturday {
		return 0
	}
	return (int(w)+1)%7 + 1
}

// weekStartOf returns the day number of the Saturday on or before day n.
func weekStartOf(n int) int {
	return n - (int(weekdayOf(n))+1)%7
}

// WeekStart returns the first day of the week of d: the Saturday on or
// before it. For the zero Date it returns the zero Date; a week that began
// before 1 Farvardin 1 AP begins on that day.
func (d Date) WeekStart() Date {
	if d.IsZero() {
		return Date{}
	}
	n := max(weekStartOf(d.days()), int(d.rule.starts()[MinYear]))
	w, _ := d.rule.fromDays(n)
	return w
}

// Week returns the year and the number of the week in which d falls. Weeks
// begin on Saturday, and week 1 of a year is the one that holds
// 1 Farvardin, as CLDR's week data for Iran say (first day Saturday,
// minimal days 1): the last days of Esfand can belong to week 1 of the
// next year. A year has 53 or 54 weeks (one that starts on a Friday and
// is leap reaches a 54th). For the zero Date it returns (0, 0).
func (d Date) Week() (year, week int) {
	if d.IsZero() {
		return 0, 0
	}
	t := d.rule.starts()
	y := int(d.year)
	return weekOfYear(d.days(), y, int(t[y]), int(t[y+1]))
}

// weekOfYear numbers the week of day n in year y, which begins on day
// first and ends before day next.
func weekOfYear(n, y, first, next int) (year, week int) {
	if weekStartOf(n) == weekStartOf(next) {
		return y + 1, 1
	}
	return y, (weekStartOf(n)-weekStartOf(first))/7 + 1
}

// week returns the year and week of c in its own calendar, with the same
// Saturday-first weeks.
func (p Printer) week(c civil) (int, int) {
	var first, next int
	switch c.cal {
	case Gregorian:
		first, next = daysFromCivil(c.year, 1, 1), daysFromCivil(c.year+1, 1, 1)
	case LunarHijri:
		first = HijriDate{int16(c.year), 1, 1, p.Hijri}.days()
		next = HijriDate{int16(c.year + 1), 1, 1, p.Hijri}.days()
	default:
		t := p.Rule.starts()
		first, next = int(t[c.year]), int(t[c.year+1])
	}
	return weekOfYear(c.dayNum, c.year, first, next)
}
