// EmailCheckAddress: syntax only, no network
Trace(EmailCheckAddress("alice@example.org")) // expect: 1
Trace(EmailCheckAddress("  first.last+tag@mail.example.co.uk ")) // expect: 1
Trace(EmailCheckAddress("o'brien@exämple.fr")) // expect: 1
Trace(EmailCheckAddress("")) // expect: 0
Trace(EmailCheckAddress("alice.example.org")) // expect: 0
Trace(EmailCheckAddress("alice@localhost")) // expect: 0
Trace(EmailCheckAddress("alice@@example.org")) // expect: 0
Trace(EmailCheckAddress(".alice@example.org")) // expect: 0
Trace(EmailCheckAddress("al..ice@example.org")) // expect: 0
Trace(EmailCheckAddress("alice@example..org")) // expect: 0
Trace(EmailCheckAddress("alice@-example.org")) // expect: 0
Trace(EmailCheckAddress("alice@10.0.0.1")) // expect: 0
Trace(EmailCheckAddress("Alice <alice@example.org>")) // expect: 0
Trace(EmailCheckAddress("alice@example.org" + CR + "Bcc: eve@example.org")) // expect: 0
Trace(EmailCheckAddress("a b@example.org")) // expect: 0
Trace(EmailCheckAddress("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@example.org")) // expect: 0
IF NOT EmailCheckAddress("bob@") THEN Trace("refused") // expect: refused
