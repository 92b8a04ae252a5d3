// Date() n'est pas une fonction WLanguage (Date est un type) : le message dit quoi
// écrire (other_names.py)
Trace(DateSys() = DateDuJour()) // expect: 1
dJour est une Date = Date() // expect error: Unknown procedure or function 'Date'; Date is a type, not a function: today is DateSys() (or Today())
