// FOR EACH over an array of currencies or numerics: the variable designates a currency
// (a numeric), so `m / 3` is computed in a currency's 6 decimals as `arrPrices[1] / 3`
// is (it showed 37 decimals: 3.3333333333333333333333333333333333333)
arrPrices is array of currency = [10, 20.5]
FOR EACH curPrice OF arrPrices
	Trace(curPrice / 3, curPrice * 1.1, arrPrices[1] / 3)
END
// expect: 3.333333, 11, 3.333333
// expect: 6.833333, 22.55, 3.333333
arrRates is array of numeric = [10]
FOR EACH nRate OF arrRates
	Trace(nRate / 7) // expect: 1.428571
END
// a currency split into three instalments, the last one taking the remainder
curTotal is currency = 0
FOR EACH curPrice OF arrPrices
	curTotal += curPrice / 3
END
Trace(curTotal) // expect: 10.166666
