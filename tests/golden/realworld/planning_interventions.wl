// planning des interventions - code ecrit sans accents et en minuscules : structure avec
// dateheure et duree, tri sur un membre, tableau associatif cumule par +=, chevauchements,
// jours ouvres (selon ... cas 1 a 5). Une heure ou une date affectee depuis une dateheure
// en garde la partie (INFERRED, docs/semantics.md) : heureverschaine(dh) donne l'heure.
stintervention est une structure
	stechnicien est une chaine
	ddebut est une dateheure
	duree est une duree
	sclient est une chaine
fin

tabplanning est un tableau de stintervention
taparTech est un tableau associatif de entier

ajoute_intervention("Martin", "202612070830", 2 h 30 min, "Boulangerie Dupuis")
ajoute_intervention("Martin", "202612071400", 1 h, "Pharmacie du Centre")
ajoute_intervention("Leroy", "202612070900", 3 h, "Garage Moreau")
ajoute_intervention("Martin", "202612081000", 45 min, "Mairie")
ajoute_intervention("Leroy", "202612081330", 90 min, "Ecole Jules Ferry")

tabplanning.trie(ttCroissant, "ddebut")
pour tout st de tabplanning
	dhfin est une dateheure = st.ddebut + st.duree
	trace(datetostring(st.ddebut, "DD/MM") + " " + heureverschaine(st.ddebut, "HH:MM") + "-" + timetostring(dhfin, "HH:MM") + " " + st.stechnicien + " chez " + st.sclient)
	taparTech[st.stechnicien] += st.duree..enminutes
fin
// expect: 07/12 08:30-11:00 Martin chez Boulangerie Dupuis
// expect: 07/12 09:00-12:00 Leroy chez Garage Moreau
// expect: 07/12 14:00-15:00 Martin chez Pharmacie du Centre
// expect: 08/12 10:00-10:45 Martin chez Mairie
// expect: 08/12 13:30-15:00 Leroy chez Ecole Jules Ferry

pour tout nminutes, snom de taparTech
	trace(snom + " : " + (nminutes / 60) + " h")
fin
// expect: Martin : 4.25 h
// expect: Leroy : 4.5 h

// chevauchements
si chevauche("202612070830", 150, "202612071000", 30) alors trace("conflit") // expect: conflit
si pas chevauche("202612070830", 150, "202612071100", 30) alors trace("pas de conflit") // expect: pas de conflit

// jours ouvres restants dans le mois
dJour est une date = "20261207"
nOuvres est un entier
tantque djour..mois = 12
	selon dateversjour(djour)
		cas 1 a 5 : nOuvres++
		autre cas
	fin
	djour++
fin
trace("jours ouvres restants : " + nOuvres) // expect: jours ouvres restants : 19

// la partie heure et la partie date d'une dateheure
dhrdv est une dateheure = "202612091745"
hrdv est une heure = dhrdv
trace(hrdv) // expect: 17450000
trace(hrdv..heure) // expect: 17
drdv est une date = dhrdv
trace(drdv) // expect: 20261209
trace(dateversjour(drdv)) // expect: 3

procedure ajoute_intervention(stech, sdebut est une chaine, duDuree est une duree, sclient)
st est un stintervention
st.stechnicien = stech
st.ddebut = sdebut
st.duree = duDuree
st.sclient = sclient
tabplanning.ajoute(st)

procedure chevauche(sdeb1 est une chaine, nmin1 est un entier, sdeb2 est une chaine, nmin2 est un entier) : booleen
dh1 est une dateheure = sdeb1
dh2 est une dateheure = sdeb2
fin1 est une dateheure = dh1
fin1..minute += nmin1
fin2 est une dateheure = dh2
fin2..minute += nmin2
renvoyer dh1 < fin2 et dh2 < fin1
