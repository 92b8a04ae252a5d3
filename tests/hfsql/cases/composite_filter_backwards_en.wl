// (method b) A city's customers through HFilter on the composite key CityName (City +
// Name), bounds built by HBuildKeyValue, browsed backwards (HReadLast / HReadPrevious),
// HDeactivateFilter, then HNbRec after deletions
FOR EACH sCustomer OF ["Leeds|Smith", "Leeds|Adams", "York|Baker", "Leeds|Young", "Bath|Clark", "leeds|Émile"]
	HReset(Customer)
	Customer.City = ExtractString(sCustomer, 1, "|")
	Customer.Name = ExtractString(sCustomer, 2, "|")
	HAdd(Customer)
END
sCity is string = "Leeds"
HFilter(Customer, CityName, HBuildKeyValue(Customer, CityName, sCity, hMinVal), HBuildKeyValue(Customer, CityName, sCity, hMaxVal))
HReadLast(Customer, CityName)
WHILE NOT HOut(Customer)
	Trace(Customer.City + " " + Customer.Name)
	HReadPrevious(Customer, CityName)
END
// expect: Leeds Young
// expect: Leeds Smith
// expect: leeds Émile
// expect: Leeds Adams
Trace("in Leeds: " + HNbRec(Customer))  // expect: in Leeds: 6
// (HNbRec does not apply the filter: decided, docs/hfsql.md "Reading and browsing")
// from Adams to Émile only
HFilter(Customer, CityName, HBuildKeyValue(Customer, CityName, sCity, "A"), HBuildKeyValue(Customer, CityName, sCity, "E" + hMaxVal))
FOR EACH Customer
	Trace(Customer.Name)
END
// expect: Adams
// expect: Émile
HDeactivateFilter(Customer)
nAll is int = 0
HReadFirst(Customer, CityName)
WHILE HFound(Customer)
	nAll++
	IF Customer.City = "Bath" THEN HDelete(Customer)
	HReadNext(Customer, CityName)
END
Trace(nAll, HNbRec(Customer), HNbRec(Customer, hStateActive + hStateDel))  // expect: 6, 5, 6
