// Page d'aide "Instruction SI" (doc.pcsoft.fr ?1510011) : ses exemples tels qu'ils sont
// écrits, la rubrique Client.AgeCalculé / Client.Ville (fichier de données de l'analyse)
// remplacée par des variables et Info par Trace. La page n'annonce pas de résultat :
// chaque branche est celle que ses commentaires décrivent.
AgeCalculé est un entier
PersonneAgée, PersonneAdulte, PersonneEnfant, PersonneBébé sont des entiers
POUR TOUT AgeCalculé DE [70, 30, 10, 2]
	SI AgeCalculé > 60 ALORS
	PersonneAgée += 1
	SINON SI AgeCalculé > 18 ALORS
	PersonneAdulte += 1
	SINON SI AgeCalculé > 4 ALORS
	PersonneEnfant += 1
	SINON
	PersonneBébé += 1
	FIN
FIN
Trace(PersonneAgée, PersonneAdulte, PersonneEnfant, PersonneBébé) // expect: 1, 1, 1, 1
Ville est une chaîne = "LYON"
// Utilisation de 'DANS'
SI Ville DANS ("PARIS", "MARSEILLE", "LYON") ALORS
Trace("Vous habitez une des 3 plus grandes villes de France")
FIN
// expect: Vous habitez une des 3 plus grandes villes de France
Ville = "NANTES"
// Utilisation de 'PAS x DANS'
SI PAS Ville DANS ("PARIS", "MARSEILLE", "LYON") ALORS
Trace("Vous n'habitez pas une des 3 plus grandes villes de France")
FIN
// expect: Vous n'habitez pas une des 3 plus grandes villes de France
// Utilisation de 'PAS DANS' (à partir de la version 23)
SI Ville PAS DANS ("PARIS", "MARSEILLE", "LYON") ALORS
Trace("Vous n'habitez pas une des 3 plus grandes villes de France")
FIN
// expect: Vous n'habitez pas une des 3 plus grandes villes de France
