// Remises en cascade : arrondi à chaque étape ou seulement à la fin
tabRemises est un tableau de réels = [10, 5, 2.5]
moPrixHT est un monétaire = 199.99
moParÉtape est un monétaire = moPrixHT
moSansArrondi est un monétaire = moPrixHT
POUR TOUT rTaux DE tabRemises
	moParÉtape = Arrondi(moParÉtape * (1 - rTaux / 100), 2)
	moSansArrondi = moSansArrondi * (1 - rTaux / 100)
	Trace(rTaux + " %", moParÉtape, moSansArrondi)
FIN
moFinal est un monétaire = Arrondi(moSansArrondi, 2)
Trace("Par étape : " + moParÉtape, "À la fin : " + moFinal, "Écart : " + (moParÉtape - moFinal))
// remise globale équivalente
rÉquivalent est un réel = (1 - moSansArrondi / moPrixHT) * 100
Trace("Remise équivalente : " + NumériqueVersChaîne(rÉquivalent, ".3f") + " %")
// sur une quantité
nQté est un entier = 37
moLigne est un monétaire = RemiseCascade(12.35, nQté, tabRemises)
Trace(moLigne)
moLigne2 est un monétaire = RemiseCascade(12.35, nQté, tabRemises, Faux)
Trace(moLigne2)
// expect: 10 %, 179.99, 179.991
// expect: 5 %, 170.99, 170.99145
// expect: 2.5 %, 166.72, 166.716664
// expect: Par étape : 166.72, À la fin : 166.72, Écart : 0
// expect: Remise équivalente : 16.638 %
// expect: 380.93
// expect: 380.92

PROCEDURE RemiseCascade(moPU est un monétaire, nQuantité est un entier, tRemises est un tableau de réels, bArrondiParÉtape est un booléen = Vrai)
	moMontant est un monétaire = moPU * nQuantité
	POUR TOUT rR DE tRemises
		moMontant = moMontant * (1 - rR / 100)
		SI bArrondiParÉtape ALORS moMontant = Arrondi(moMontant, 2)
	FIN
	RENVOYER Arrondi(moMontant, 2)
