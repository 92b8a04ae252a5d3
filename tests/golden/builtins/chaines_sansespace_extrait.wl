// SansEspace et ExtraitChaîne en boucle jusqu'à EOT
Trace("[" + SansEspace("  bord  ") + "]") // expect: [bord]
Trace(SansEspace("Abra ca da bra", sscIntérieur)) // expect: Abracadabra
liste est une chaîne = "un,deux,trois"
i est un entier = 1
mot est une chaîne = ExtraitChaîne(liste, i, ",")
TANTQUE mot <> EOT
	Trace(i + ":" + mot)
	i++
	mot = ExtraitChaine(liste, i, ",")
FIN
// expect: 1:un
// expect: 2:deux
// expect: 3:trois
