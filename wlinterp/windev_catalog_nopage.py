"""The last names of PC SOFT's list of French function names that wlinterp neither runs
nor catalogued (issue 8, 2026-12-02 evening): no stored help page gives their parameters
or results (searched in English and French), so running them would mean inventing what
they do. A call compiles (WL103) and stops with its family's error; most are `refused`
("no help page gives its rules"), a few belong to a family whose reason says more (the
project's translation files, the Windows API, the network, a window).

Lines are `English French` with a mark, as in the other tables: every English name here
is INFERRED, from PC SOFT's patterns (`Liste` List, `Récupère` Get, `Charge` Load,
`Crypte` Encrypt, `Vers` To, `Donne` Get as in GetUUID/DonneUUID); a one-word line is a
name whose English form no pattern gives, kept the same in both languages.
docs/builtins.md, "Names without a help page", says what each seems to be and why it is
not built.
"""
from __future__ import annotations

__all__ = ["NOPAGE_NAMES"]

from .windev_catalog_families import (IDE, NETWORK, REFUSED, WINAPI, WINDOWS,
                                      CatalogFamily)

NOPAGE_NAMES: dict[CatalogFamily, str] = {
    REFUSED: """
        Abandonne                                         # INFERRED: no pattern for its English name
        AddLink AjouteLien                                # INFERRED
        Applique                                          # INFERRED: no pattern for its English name
        ChangeDestination                                 # INFERRED: the same name in English
        ChangeSeparator ChangeSéparateur                  # INFERRED
        Conversion                                        # INFERRED: the same name in English
        Convert                                           # INFERRED: the same name in English
        ContinentList ContinentListe                      # INFERRED
        ContinentGet ContinentRécupère                    # INFERRED
        CountryList PaysListe                             # INFERRED
        CountryGet PaysRécupère                           # INFERRED
        EncryptAsymmetricEnvelope CrypteAsymétriqueEnveloppe    # INFERRED
        DecryptAsymmetricEnvelope DécrypteAsymétriqueEnveloppe  # INFERRED
        GetColor DonneCouleur                             # INFERRED
        SignificantSpace EspaceSignificatif               # INFERRED
        EmailMsgError EmailMsgErreur                      # INFERRED
        ExeLance                                          # INFERRED: no pattern (ExeRun is LanceAppli's)
        Instance                                          # INFERRED: the same name in English
        LanguageToAlphabet LangueVersAlphabet             # INFERRED
        LanguageToNation LangueVersNation                 # INFERRED
        LanguageToName LangueVersNom                      # INFERRED
        NationRightToLeft NationDroiteAGauche             # INFERRED
        NationToLanguage NationVersLangue                 # INFERRED
        NationToName NationVersNom                        # INFERRED
        NationToSubLanguage NationVersSousLangue          # INFERRED
        MasqueCodePostal                                  # INFERRED: no pattern for its English name
        MasqueFormate                                     # INFERRED: no pattern for its English name
        MasqueNuméroDeTéléphone                           # INFERRED: no pattern for its English name
        NumériqueVersEcritureFinancièreChinoise           # INFERRED: no pattern for its English name
        OpenSSLVérifie                                    # INFERRED: no pattern for its English name
        PlanActionExécute                                 # INFERRED: no pattern for its English name
        PlanActionInfo                                    # INFERRED: no pattern for its English name
        PlanActionParamètre                               # INFERRED: no pattern for its English name
        StackInfo PileInfo                                # INFERRED
        QueueInfo FileInfo                                # INFERRED
        RAZ                                               # INFERRED: no pattern for its English name
        Restaure                                          # INFERRED: no pattern for its English name
        RécupèreDéfinitionType                            # INFERRED: no pattern for its English name
        ValideMotDePasse                                  # INFERRED: no pattern for its English name
        diffApply diffApplique                            # INFERRED
        diffCreate diffCrée                               # INFERRED
        rssBuildString rssConstruitChaîne                 # INFERRED
        rssInit rssInitialise                             # INFERRED
        rssSave rssSauve                                  # INFERRED
        """,
    WINDOWS: """
        rssDisplay rssAffiche                             # INFERRED
        """,
    IDE: """
        LoadError ChargeErreur                            # INFERRED
        DictionaryLoad DictionnaireCharge                 # INFERRED
        MessTraduit                                       # INFERRED: no pattern for its English name
        NationFramework                                   # INFERRED: the same name in English
        """,
    WINAPI: """
        SystemIntToInt EntierSystèmeVersEntier            # INFERRED
        """,
    NETWORK: """
        ConnectionOccurrence ConnexionOccurrence          # INFERRED
        LanceAppliDistante                                # INFERRED: no pattern for its English name
        """,
}
