// NetMACAddress([card]): a network card's MAC address, six bytes in upper-case hexadecimal
// joined by colons (INFERRED: docs/builtins.md "NetMACAddress"); "" where the machine has
// no card with an address. A card past the last: "" and a non-fatal error in words.
sMAC is string = NetMACAddress()
Trace(sMAC = "" OR MatchRegularExpression(sMAC, "([0-9A-F]{2}:){5}[0-9A-F]{2}")) // expect: 1
Trace(NetMACAddress(-1) = sMAC) // expect: 1
Trace(NetMACAddress(250), ErrorOccurred) // expect: , 1
Trace(Left(ErrorInfo(errMessage), 49)) // expect: NetMACAddress: there is no network card 250 (this
