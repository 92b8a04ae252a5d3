// une chaîne multiligne dont le `[` ouvre la ligne après le `=` (`sTexte =` puis `[`,
// comme du code réel écrit une ligne de commande) : une seule instruction, le même
// texte que `sTexte = [`
sTexte est une chaîne
bLarge est un booléen = Vrai
SI bLarge ALORS
	sTexte =
	[
		"%1" -sDEVICE=jpeg -r300 -o "%3" "%2"
	]
SINON
	sTexte	=
		[
		"%1" -o "%3" "%2"
		]
FIN
Trace(ChaîneConstruit(sTexte, "gs", "entree.pdf", "sortie.jpg")) // expect: "gs" -sDEVICE=jpeg -r300 -o "sortie.jpg" "entree.pdf"
sRequête est une chaîne =
[
	SELECT Nom, Ville
	FROM Client
]
Trace(Remplace(sRequête, RC, " | ")) // expect: SELECT Nom, Ville | FROM Client
sRequête +=
[

	WHERE Ville = 'Lyon'
]
Trace(Droite(sRequête, 20)) // expect: WHERE Ville = 'Lyon'
