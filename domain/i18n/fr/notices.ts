// French: help, refusals, mistakes and errors. Command words stay in English.
import type { Catalogue } from "../types.js";

export const frNotices = {
  "help.title": "Ce que je sais faire",
  "help.intro": "Écrivez une commande dans cet espace (dans un espace de groupe, mentionnez-moi d'abord). Cliquez sur une ligne de n'importe quelle liste pour afficher les détails.",
  "help.commandTitle": "Commande : {command}",
  "help.aliases": "Aussi : {aliases}",
  "help.summary.help": "Affiche les commandes ou en explique une : help customers.",
  "help.summary.enable": "M'autorise à afficher les données du partenaire dans cet espace de groupe.",
  "help.summary.disable": "M'empêche d'afficher les données du partenaire dans cet espace de groupe.",
  "help.summary.imports": "Affiche les dernières importations de rapports et synchronisations : quand, par qui et ce qu'elles ont modifié.",

  "notice.unknownCommand": "Je ne connais pas la commande « {typed} ». Écrivez help pour voir ce que je sais faire.",
  "notice.unknownCommandSuggest": "Je ne connais pas la commande « {typed} ». Vouliez-vous dire {suggestion} ? Écrivez help pour voir tout ce que je sais faire.",
  "notice.showHelp": "Afficher toutes les commandes",
  "notice.runSuggestion": "Expliquer {suggestion}",
  "notice.badArguments": "Je n'ai pas pu lire la commande {command}.",
  "notice.usage": "Syntaxe : {usage}",
  "notice.example": "Exemple : {example}",
  "notice.stranger": "Désolé, je ne réponds qu'aux administrateurs partenaires de ce partenaire. Demandez à un administrateur partenaire complet d'ajouter {email} à la liste du bot.",
  "notice.notAllowed": "Votre rôle ({role}) ne permet pas cette action. Adressez-vous à un administrateur partenaire complet ou à un administrateur partenaire.",
  "notice.spaceNotEnabled": "Je n'affiche pas encore les données du partenaire dans cet espace. Un administrateur partenaire peut l'activer en écrivant enable.",
  "notice.staleAction": "Ce bouton ne fonctionne plus (la carte est obsolète ou a été modifiée). Relancez la commande pour obtenir une nouvelle carte.",
  "notice.internalError": "Un problème est survenu de mon côté et je n'ai pas pu répondre. Veuillez réessayer ; si le problème persiste, communiquez ce code à votre administrateur : {code}.",
  "notice.enabled": "C'est fait : j'afficherai les données du partenaire dans cet espace aux administrateurs partenaires présents.",
  "notice.disabled": "C'est fait : je n'afficherai plus les données du partenaire dans cet espace.",
  "notice.onlyGroupSpaces": "Les espaces directs avec moi sont toujours actifs ; enable et disable concernent les espaces de groupe.",
  "notice.welcomeDirect": "Bonjour ! Je réponds aux questions sur vos clients Partner Hub. Écrivez help pour voir ce que je sais faire.",
  "notice.welcomeGroup": "Bonjour ! Je réponds aux questions sur vos clients Partner Hub. Un administrateur partenaire doit écrire enable avant que j'affiche les données du partenaire ici. Écrivez help pour voir ce que je sais faire.",

  "argument.unexpected": "Je ne m'attendais pas à « {value} » ici.",
  "argument.missing": "{name} est manquant.",
  "argument.oneOf": "{name} doit être l'une des valeurs {allowed}, et non « {value} ».",
  "argument.invalid": "{name} : {problem}",
  "argument.unknownOption": "{name}: n'est pas un filtre de cette commande.",
} satisfies Partial<Catalogue>;
