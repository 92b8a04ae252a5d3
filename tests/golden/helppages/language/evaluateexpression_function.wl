// EvaluateExpression ?1000019782, the page's example (it states no result: Cos and Sin
// take degrees in WLanguage, so cos(1.5°) + sin(5°))
// Evaluate a formula
x, y are reals
x = 1.5
y = 5
Trace(EvaluateExpression("cos(x)+sin(y)"))   // expect: 1.08681306772322
