// let infers the type from the value, and the type then stays fixed
let n = 10
let amount = 1500.69
let city = "Montpellier"
Trace(n, amount, city) // expect: 10, 1500.69, Montpellier
n = 3.9
Trace(n) // expect: 3
city = 42
Trace(city + 1) // expect: 421
