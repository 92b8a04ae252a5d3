// extraits de chaîne [[i]], [[i À j]], [[i À]], [[À j]], [[i SUR n]]
s est une chaîne = "Bonjour"
Trace(s[[1]]) // expect: B
Trace(s[[4 À 7]]) // expect: jour
Trace(s[[4 À]]) // expect: jour
Trace(s[[À 3]]) // expect: Bon
Trace(s[[2 SUR 2]]) // expect: on
