// Des factures exportées dans un fichier CSV pour le tableur du comptable puis relues,
// comme l'écrit le code métier : TableauVersCSV d'un tableau de structures (séparateur,
// guillemets et retours à la ligne dans les champs entre guillemets), une ligne d'en-tête
// qui nomme les membres, le fichier en ANSI (Windows-1252, ce qu'ouvre Excel), puis
// fChargeTexte et CSVVersTableau avec csvEntête dans un tableau de la même structure.
// Chaque champ revient tel qu'il est parti : texte avec ; guillemets et accents, une
// Date, un monétaire avec ses centimes, un avoir négatif, un booléen, une note sur deux
// lignes. Méthode b, FS 6 déc. 2026 au soir : passe tel qu'écrit. Jumeau anglais
// csv_invoices_round_trip_en.wl.
STFacture est une Structure
	sNuméro est une chaîne
	sClient est une chaîne
	dEmise est une Date
	moMontant est un monétaire
	bPayée est un booléen
	sNote est une chaîne
FIN
tabFactures est un tableau de STFacture
fac est une STFacture
fac.sNuméro = "F-2026-0412"; fac.sClient = "Société Générale; Paris 9e"; fac.dEmise = "20261201"
fac.moMontant = 1234.56; fac.bPayée = Vrai; fac.sNote = "a dit ""urgent"""
TableauAjoute(tabFactures, fac)
fac.sNuméro = "A-2026-0007"; fac.sClient = "Dupont & Fils"; fac.dEmise = "20261205"
fac.moMontant = -89.9; fac.bPayée = Faux; fac.sNote = "avoir" + RC + "sur F-2026-0398"
TableauAjoute(tabFactures, fac)
sFichier est une chaîne = fRepTemp() + fSép() + "wl_factures_" + Hasard(1, 999999999) + ".csv"
Trace(fSauveTexte(sFichier, "sNuméro;sClient;dEmise;moMontant;bPayée;sNote" + RC + TableauVersCSV(tabFactures, ";"), foAnsi)) // expect: 1
bufFichier est un Buffer = fChargeBuffer(sFichier)
Trace(Position(bufFichier, "Soci" + Caract(233) + "t" + Caract(233)) > 0) // expect: 1
tabRelues est un tableau de STFacture
CSVVersTableau(fChargeTexte(sFichier, foAnsi), tabRelues, ";", csvEntête)
Trace(ErreurDétectée, TableauOccurrence(tabRelues)) // expect: 0, 2
POUR i = 1 _A_ TableauOccurrence(tabRelues)
	Trace(tabRelues[i].sNuméro, tabRelues[i].sClient, DateVersChaîne(tabRelues[i].dEmise, "JJ/MM/AAAA"), tabRelues[i].moMontant, tabRelues[i].bPayée)
	Trace(tabRelues[i].sNote = tabFactures[i].sNote, tabRelues[i].moMontant = tabFactures[i].moMontant)
FIN
// expect: F-2026-0412, Société Générale; Paris 9e, 01/12/2026, 1234.56, 1
// expect: 1, 1
// expect: A-2026-0007, Dupont & Fils, 05/12/2026, -89.9, 0
// expect: 1, 1
moTotal est un monétaire
POUR TOUT fac2 DE tabRelues
	moTotal += fac2.moMontant
FIN
Trace(moTotal) // expect: 1144.66
fSupprime(sFichier)
