// POUR TOUT x DE tableau AVEC condition : AVEC, le mot que le code français écrit pour
// WHERE sur un fichier de données (POUR TOUT Client AVEC ...), filtre aussi un tableau
STArticle est une Structure
	sRéf est une chaîne
	nStock est un entier
FIN
tabArticles est un tableau de STArticle
st est un STArticle
st.sRéf = "A1" ; st.nStock = 0 ; tabArticles.Ajoute(st)
st.sRéf = "B2" ; st.nStock = 12 ; tabArticles.Ajoute(st)
st.sRéf = "C3" ; st.nStock = 4 ; tabArticles.Ajoute(st)
POUR TOUT a, i DE tabArticles AVEC a.nStock > 0 TRIÉ PAR -a.nStock
	Trace(i, a.sRéf, a.nStock)
FIN
// expect: 2, B2, 12
// expect: 3, C3, 4
tabN est un tableau d'entiers = [3, 8, 1]
pour tout n de tabN avec n >= 3
	Trace(n)
fin
// expect: 3
// expect: 8
