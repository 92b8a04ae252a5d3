// Tests of the HR classes (run with --now "2026-12-03 09:00")
PROCEDURE test_cost_with_bonuses()
e is CEmployee("ward", "Lin", "19900301", 2000)
e.AddBonus(100)
dbgCheckEqual(e.MonthlyCost(), 2982)
dbgCheckEqual(e.PayLine(), "Lin WARD;2000.00;2982.00")

PROCEDURE test_salary_property_refuses_a_negative()
e is CEmployee("ward", "Lin", "19900301", 2000)
e.Salary -= 500
dbgCheckEqual(e.Salary, 1500)
WHEN EXCEPTION IN
	e.Salary = -1
DO
	dbgCheckEqual(ExceptionInfo(errCode), 10)
END
dbgCheckEqual(e.Salary, 1500, "unchanged after the refusal")

PROCEDURE test_age_today()
e is CEmployee("ward", "Lin", "19901204", 2000)
dBefore is Date = "20261203"
dOn is Date = "20261204"
dbgCheckEqual(e.AgeOn(dBefore), 35, "the day before the birthday")
dbgCheckEqual(e.AgeOn(dOn), 36, "on the birthday")
dbgCheckEqual(e.AgeOn(), e.AgeOn(Today()), "the date defaults to today")

PROCEDURE test_count_follows_delete()
n is int = CPerson.Count()
c is CContractor dynamic = new CContractor("x", "y", 100)
dbgCheckEqual(CPerson.Count(), n + 1)
delete c
dbgCheckEqual(CPerson.Count(), n)

PROCEDURE test_interface_array()
arr is array of IPayable
c is CContractor dynamic = new CContractor("okafor", "Ada", 540)
c.m_nDays = 2
arr.Add(c)
arr.Add(new CEmployee("b", "A", "20000101", 1000))
mTotal is currency
FOR EACH p OF arr
	mTotal += p.MonthlyCost()
END
dbgCheckEqual(mTotal, 2500)

PROCEDURE test_abstract_class_refused()
// expect error: CPerson is an abstract class
p is CPerson dynamic = new CPerson("a", "b", "20000101") // wl: ignore[WL110, WL201]
