// HFilter declares its parameters (the file, a condition or a key, then a minimum, a
// maximum and a condition): check gives a call with too many or too few values the
// arity message the run gives, as for the other H* functions (it took *args, and only
// the run said it, in words of its own)
HFilter("Customer", "Name LIKE 'A%'")
HFilter("Customer", "Name", "A")
HFilter("Customer", "Name", "A", "K", "City = 'Paris'")
HFilter("Customer", "Name", "A", "K", "City = 'Paris'", "one more") // error: WL104:1 HFilter expects 2 to 5 parameter(s) but received 6
HFilter("Customer") // error: WL104:1 HFilter expects 2 to 5 parameter(s) but received 1
