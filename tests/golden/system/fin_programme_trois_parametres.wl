// FinProgramme avec un message, un titre et le booléen des codes de fermeture : le
// message va sur stderr, le script s'arrête
Trace("avant")  // expect: avant
finprogramme("Clé d'activation incorrecte", "Limitation", Faux) // expect stderr: Clé d'activation incorrecte
Trace("jamais affiché")
