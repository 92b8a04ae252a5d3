// Help page "FinFutureVal (Function)" (In French: FinValFuture): its example as written.
// The page states no result: the traced value is the annuity equation's (the page's
// parameters: initial capital, periodic deposit, number of periods, rate in percent,
// deposits at the start of each period by default).
// Future value of an investment. The initial capital is set to 100,000 Euros.
// 3,000 Euros are paid each month during 2 years. The interest rate is set to 8%.
ResFutureVal is real
ResFutureVal = FinFutureVal(-100000, -3000, 24, 8)
Trace(Round(ResFutureVal, 2)) // expect: 850435.89
// the same deposits at the end of each period: each earns one period less
Trace(Round(FinFutureVal(-100000, -3000, 24, 8, False), 2)) // expect: 834412.35
// the parameters' defaults: no capital, no deposit, 1 period, 1%
Trace(FinFutureVal()) // expect: 0
Trace(Round(FinFutureVal(-100), 2)) // expect: 101
