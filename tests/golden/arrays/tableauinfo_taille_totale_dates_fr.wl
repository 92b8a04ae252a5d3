// TableauInfo(t, tiTailleTotale) sur des tableaux de Dates, Heures, DateHeures, Durées,
// monétaires et numériques : éléments x la taille que Dimension donne d'une variable de
// ce type (runtime/declared_sizes.py : une Date 8, une Heure 8, une DateHeure 17, une
// Durée 8, un monétaire 10 (?1514043), un numérique 16 ; INFERRED, décidé le 6 déc.
// 2026). Ils étaient refusés. Jumeau anglais arrayinfo_total_size_dated_en.wl.
tabJours est un tableau de 3 Dates
tabCréneaux est un tableau de 2 Heures
tabHorodatages est un tableau de 2 DateHeures
tabRetards est un tableau de Durées
TableauAjoute(tabRetards, 90 min)
tabPrix est un tableau de 4 monétaires
tabTaux est un tableau de 2 numériques
dJour est une Date = DateDuJour()
Trace(TableauInfo(tabJours, tiTailleTotale), 3 * Dimension(dJour)) // expect: 24, 24
Trace(TableauInfo(tabCréneaux, tiTailleTotale), TableauInfo(tabHorodatages, tiTailleTotale), TableauInfo(tabRetards, tiTailleTotale)) // expect: 16, 34, 8
Trace(TableauInfo(tabPrix, tiTailleTotale), TableauInfo(tabTaux, tiTailleTotale), TableauInfo(tabJours, 4)) // expect: 40, 32, 8
tabNoms est un tableau de chaînes
TableauAjoute(tabNoms, "a")
Trace(TableauInfo(tabNoms, tiTailleTotale)) // expect error: tiTotalSize needs elements of a fixed size in bytes (numbers, booleans, dates, times, durations), not
