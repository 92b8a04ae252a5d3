// `o::K` where o is a variable: '::' follows a class name, and the run stops there
// ("Unknown class 'o'."). wl check said "'o' is not declared" beside "'o' is declared
// but never used"; now it says what o is, and the member's form.
oCustomer is object = "Dupont"
Trace(oCustomer::Name) // error: WL110:7 'oCustomer' is a variable, not a class: '::' follows a class name
