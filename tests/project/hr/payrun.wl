// December pay run
arrStaff is array of IPayable
emp1 is CEmployee dynamic = new CEmployee("martin", "Claire", "19850612", 3200)
emp1.AddBonus(250)
emp1.AddBonus(100.50)
arrStaff.Add(emp1)
arrStaff.Add(new CEmployee("dubois", "Marc", "19991231", 2450))
c is CContractor dynamic = new CContractor("okafor", "Ada", 540)
c.m_nDays = 12
arrStaff.Add(c)
Trace(CPerson.Count() + " people")
mTotal is currency
FOR EACH p OF arrStaff
	Trace(p.PayLine())
	mTotal += p.MonthlyCost()
END
Trace("total cost " + mTotal)
Trace(emp1.FullName() + " is " + emp1.AgeOn("20261203") + ", " + emp1.AgeOn("20260612"))
emp1.Salary += 100
Trace(emp1.Salary)
WHEN EXCEPTION IN
	emp1.Salary = -5
DO
	Trace(ExceptionInfo(errMessage))
END
delete c
Trace(CPerson.Count() + " people")
