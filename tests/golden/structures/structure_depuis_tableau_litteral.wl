// Un tableau littéral rangé dans une structure remplit ses membres dans l'ordre de leur
// déclaration (la page Tableau ?1514030 a une section sur l'ajout du contenu d'une
// structure dans un tableau de structures sans variable de la structure ; INFERRED,
// docs/semantics.md).
STPersonne est une Structure
  Nom est une chaîne
  Prénom est une chaîne
  Âge est un entier = 18
FIN
tabPersonnes est un tableau de STPersonne
TableauAjoute(tabPersonnes, ["Dupont", "Jean", 40])
Ajoute(tabPersonnes, ["Durand", "Anne"])
tabPersonnes.Ajoute(["Martin", "Paul", 25])
Trace(tabPersonnes..Occurrence, tabPersonnes[1].Nom, tabPersonnes[1].Âge)
// expect: 3, Dupont, 40
Trace(tabPersonnes[2].Prénom, tabPersonnes[2].Âge)
// expect: Anne, 18
TableauInsère(tabPersonnes, 1, ["Bernard", "Léa", 5])
Trace(tabPersonnes[1].Prénom, tabPersonnes[4].Nom)
// expect: Léa, Martin
Équipe est un tableau de STPersonne = [["Petit", "Luc", 30], ["Roux", "Zoé", 31]]
Trace(Équipe[2].Prénom, Équipe[2].Âge)
// expect: Zoé, 31
Chef est une STPersonne = ["Blanc", "Marc", 60]
Trace(Chef.Nom, Chef.Âge)
// expect: Blanc, 60
