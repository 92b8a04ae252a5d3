// Une Heure qui reçoit "HH:MM:SS.fff" garde ses millièmes (?2512062) : ".999" fait 999
// millisecondes ; ils étaient lus comme des centièmes (990). docs/semantics.md,
// "A Time holds thousandths".
h est une Heure = "12:30:00.999"
Trace(h, h..Milliseconde) // expect: 123000999, 999
h = "08:15:30.25"
Trace(h, h..Milliseconde) // expect: 08153025, 250
h = "08:15:30.5"
Trace(h, h..Milliseconde) // expect: 08153050, 500
h = "23:59"
Trace(h) // expect: 23590000
