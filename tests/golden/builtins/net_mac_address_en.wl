// NetMACAddress([card]): a network card's MAC address, six bytes in upper-case hexadecimal
// joined by colons (INFERRED: docs/builtins.md "NetMACAddress"); "" where the machine has
// no card with an address. A card past the last: "" and a non-fatal error in words.
sMAC is string = NetMACAddress()
Trace(sMAC = "" OR MatchRegularExpression(sMAC, "([0-9A-F]{2}:){5}[0-9A-F]{2}")) // expect: 1
Trace(NetMACAddress(-1) = sMAC) // expect: 1
Trace(NetMACAddress(250), ErrorOccurred) // expect: , 1
Trace(Left(ErrorInfo(errMessage), 49)) // expect: NetMACAddress: there is no network card 250 (this
// NetListIPAddress, NetIPToMAC, NetMACToIP (docs/builtins.md "NetMACAddress"): the address
// NetIPAddress() reaches the network by is listed, and its card is NetMACAddress()'s.
sIP is string = NetIPAddress()
Trace(sIP = "127.0.0.1" OR Position(NetListIPAddress(1), sIP) > 0) // expect: 1
Trace(sIP = "127.0.0.1" OR NetIPToMAC(sIP) = NetMACAddress()) // expect: 1
Trace(sIP = "127.0.0.1" OR NetMACToIP(Lower(NetMACAddress())) = sIP) // expect: 1
Trace(NetIPToMAC("::1"), ErrorOccurred) // expect: , 1
Trace(ErrorInfo(errMessage)) // expect: NetIPToMAC: '::1' is not an IPv4 address (aa.bb.cc.dd).
Trace(NetMACToIP("12:34"), ErrorOccurred) // expect: , 1
// a sign is no hexadecimal digit: "+1:+2:+3:+4:+5:+6" is no MAC address (it passed)
Trace(NetMACToIP("+1:+2:+3:+4:+5:+6"), ErrorOccurred) // expect: , 1
Trace(ErrorInfo(errMessage)) // expect: NetMACToIP: '+1:+2:+3:+4:+5:+6' is not a MAC address (aa:bb:cc:dd:ee:ff).
// NetIPAddress(n) of any number (a real, a currency, a text of digits) is this machine's
// n-th address as an integer's (a real 0 gave 0.0.0.0, "3" gave 0.0.0.3)
r is real = 0
c is currency = 0
Trace(NetIPAddress(r) = NetIPAddress(0), NetIPAddress(c) = NetIPAddress(0)) // expect: 1, 1
Trace(NetIPAddress("0") = NetIPAddress(0)) // expect: 1
Trace(NetIPAddress("99"), ErrorOccurred) // expect: , 1
