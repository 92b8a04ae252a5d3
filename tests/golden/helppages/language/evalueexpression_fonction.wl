// ÉvalueExpression ?1000019782 (nom français EvalueExpression), l'exemple de la page (sans
// résultat énoncé : Cos et Sin prennent des degrés, d'où cos(1,5°) + sin(5°))
x, y sont des réels
x = 1.5
y = 5
Trace(EvalueExpression("cos(x)+sin(y)"))   // expect: 1.08681306772322
