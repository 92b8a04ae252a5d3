// La configuration XML d'une application, écrite à la main avec des commentaires, lue
// par XMLOuvre, modifiée et sauvée par XMLSauve : ses commentaires et instructions de
// traitement sont réécrits où ils étaient, avec la mise en page autour. Ils étaient
// perdus, donc la première sauvegarde d'un fichier de réglages effaçait sans rien dire
// chaque note de son administrateur. Ils restent invisibles au programme : ni éléments,
// ni fils, ni trouvés par XPath. INFERRED (docs/builtins.md "Comments kept" ; aucune
// page stockée). Un commentaire au milieu du texte d'un élément y reste tant que le
// texte ne change pas (il passait après : xml_commentaire_dans_texte_fr.wl).
// Une section CDATA est réécrite telle quelle tant que le programme garde son texte.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlnotes_fr_" + Hasard(1, 999999999) + ".xml"
sConfig est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="reglages.xsl"?>
<!-- Réglages de facturation : modifier avec soin -->
<Réglages>
	<!-- la base comptable -->
	<Base hôte="bd.exemple.fr">
		<Port>4900</Port>
	</Base>
	<Factures>
		<Dossier>C:\Factures</Dossier>
		<!-- EUR ou CHF -->
		<Devise>EUR</Devise>
	</Factures>
	<Note>payée<!-- vérifié -->en entier</Note>
	<Vide><!-- rien encore --></Vide>
	<Courriel><![CDATA[<b>Cher client</b> & cie]]></Courriel>
	<Pied><![CDATA[ancien & simple]]></Pied>
</Réglages>
<!-- fin du fichier -->
]
fSauveTexte(sFichier, sConfig)
xCfg est un xmlDocument = XMLOuvre(sFichier)
Trace(xCfg.Réglages.Factures.Devise, xCfg.Réglages..Fils.Occurrence) // expect: EUR, 6
Trace(xCfg.Réglages.Courriel) // expect: <b>Cher client</b> & cie
Trace(xCfg.Réglages.Note, xCfg.Réglages.Vide..Fils.Occurrence) // expect: payéeen entier, 0
tabTrouvés est un tableau de xmlNoeud = XMLExécuteXPath(xCfg, "/Réglages/Factures/*")
Trace(tabTrouvés.Occurrence) // expect: 2
xCfg.Réglages.Factures.Devise = "CHF"
xCfg.Réglages.Base.Port = 4901
xCfg.Réglages.Pied = "nouveau & simple"
Trace(XMLSauve(xCfg, sFichier)) // expect: 1
sSauvé est une chaîne = fChargeTexte(sFichier)
POUR TOUTE CHAÎNE sLigne DE sSauvé SÉPARÉE PAR RC
	Trace(sLigne)
FIN
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <?xml-stylesheet type="text/xsl" href="reglages.xsl"?>
// expect: <!-- Réglages de facturation : modifier avec soin -->
// expect: <Réglages>
// expect: 	<!-- la base comptable -->
// expect: 	<Base hôte="bd.exemple.fr">
// expect: 		<Port>4901</Port>
// expect: 	</Base>
// expect: 	<Factures>
// expect: 		<Dossier>C:\Factures</Dossier>
// expect: 		<!-- EUR ou CHF -->
// expect: 		<Devise>CHF</Devise>
// expect: 	</Factures>
// expect: 	<Note>payée<!-- vérifié -->en entier</Note>
// expect: 	<Vide><!-- rien encore --></Vide>
// expect: 	<Courriel><![CDATA[<b>Cher client</b> & cie]]></Courriel>
// expect: 	<Pied>nouveau &amp; simple</Pied>
// expect: </Réglages>
// expect: <!-- fin du fichier -->
// expect: 
// un document nommé les garde aussi
XMLDocument("CFG", sSauvé)
Trace(Position(XMLConstruitChaîne("CFG"), "<!-- EUR ou CHF -->") > 0) // expect: 1
XMLTermine("CFG")
fSupprime(sFichier)
