import { entries } from './compile';

const ADULT =
  'older|grown|adult|grown ?up|much older|old|creepy|random|strange|weird|\\d\\d ?(?:year old|yo|y o)|(?:19|2\\d|3\\d|4\\d) ?(?:year old|yo)';
const WHO_P =
  'guy|man|men|dude|woman|lady|stranger|teacher|coach|tutor|uncle|stepdad|step dad|stepfather|neighbou?r|priest|pastor|instructor|trainer|adult|he|she|him|her';
const WHO = `${WHO_P}|person|some ?one|some ?body|boy|girl|friend|cousin|brother|they|\\w+`;

/** Secrets an adult may fairly ask a child to keep: surprises, answers, a team's plays. */
const HARMLESS_SECRETS = [
  'surprise|sorpresa|cadeau|regalo|gift|present|party|fiesta|fete|anniversaire|cumpleanos|birthday|quiz|test|examen|answers?|respuestas?|reponses?|spoiler|ending|plays?|strategy|tactics|lineup|recipe|jugadas|tactique',
];

/**
 * Sexual content and sexual risk: explicit requests, pornography, nudes and sexting,
 * grooming (adults asking for pictures, secrecy, meeting alone) and abuse, in English,
 * Spanish and French. Sex education ("sexual reproduction in plants", "what is puberty")
 * uses none of these phrases.
 */
export const SEXUAL = [
  ...entries('SEXUAL', 'en', { severity: 'MEDIUM' }, [
    [
      'porn',
      'porn\\w*|pron|pr0n|xxx|xvideos|pornhub|xhamster|onlyfans|only fans|hentai|rule ?34|r34|nsfw|sex ?tapes?|cam ?girls?|brazzers|redtube|youporn|chaturbate|stripchat|e ?hentai|nhentai|leaked nudes',
      { severity: 'HIGH' },
    ],
    [
      'nudes',
      'nudes|nudez|nude (?:pics?|photos?|pictures?|selfies?|images?|videos?|snaps?)|naked (?:pics?|photos?|pictures?|selfies?|images?|videos?|snaps?)|dick ?pics?|(?:tit|boob|butt) ?pics?|asspics?|send (?:me )?(?:pics|nudes|a pic of your|something spicy)|spicy (?:pics?|photos?|snaps?|content)',
      { severity: 'HIGH' },
    ],
    [
      'sexting',
      'sext|sexts|sexting|sexted|sexy (?:pics?|photos?|snaps?|selfies?|videos?|texts?|messages?)|dirty (?:pics?|photos?|snaps?|texts?|messages?)',
      { severity: 'HIGH' },
    ],
    [
      'explicit_request',
      '(?:write|tell|make|create|generate|give me|describe|narrate|compose|roleplay|rp|do|start|continue|imagine|pretend|act out|draw|show) (?:me )?(?:a |an |some |another |the )?(?:\\w+ )?(?:sexy|sexual|erotic|dirty|naughty|steamy|spicy|explicit|nsfw|smutty|smut|lewd|x ?rated|r ?rated|18 ?\\+|kinky|horny|raunchy|sex|adult|lemon|racy|hot and heavy|hot) (?:\\w+ ){0,2}(?:story|stories|fanfic|fan ?fiction|fic|scene|scenes|roleplay|rp|poem|text|message|chat|scenario|content|role ?play|things|stuff|details|version|pictures?|images?)',
      { unless: ['(?:sex|sexual) (?:education|ed|reproduction|cells|organs)'] },
    ],
    [
      'body_pics',
      '(?:pic|pics|picture|pictures|photo|photos|video|vid|vids|snap|snaps|selfie|selfies)s? (?:of )?(?:ur|your|her|his|my|their|ya|yo) (?:\\w+ )?(?:boobs|tits|titties|butt ?cheeks|booty|dick|cock|pussy|penis|vagina|body|chest|breasts|privates|private parts|underwear|bra|panties|bikini|thighs|feet)|(?:photo|pic|picture|selfie|video)s? (?:of (?:me|you|u|her) )?(?:in (?:my|your|ur|a|her) (?:bikini|underwear|bra|swimsuit|bathing suit|panties|towel|lingerie|boxers)|without (?:my |your |any |her )?(?:clothes|shirt|top)|in the shower|in bed)',
      { severity: 'HIGH' },
    ],
    [
      'showed_privates',
      '(?:sent|send|sends|showed|show|shows|shown|flashed) (?:me )?(?:a |an |some )?(?:pic|pics|picture|pictures|photo|photos|video|vid|snap)?s? ?(?:of )?(?:his|her|their) (?:\\w+ )?(?:private parts|privates|dick|penis|junk|boobs|chest|vagina|thing|body|naked body)',
      { severity: 'HIGH', unless: ['(?:dog|cat|pet|car|house|drawing|art|project|homework)'] },
    ],
    [
      'adult_sites',
      '(?:adult|x ?rated|18 ?\\+|dirty|naughty|nsfw) (?:videos?|sites?|content|movies?|films?|websites?|channels?|stuff|pages?|pics?|games?)|(?:sites|websites|apps?|pages) (?:\\w+ )?(?:to watch|for|with) (?:adult|dirty|naughty|x ?rated|18 ?\\+|nsfw|sexy)',
      {
        severity: 'HIGH',
        unless: ['adult (?:education|learning|learners|literacy|content warning|supervision)'],
      },
    ],
    [
      'explicit_detail',
      'in (?:\\w+ )?(?:explicit|sexual|dirty|steamy|intimate|x rated) detail|(?:explicit|x rated) (?:sex|sexual|scene|details?|version|content|story|description)',
    ],
    [
      'home_alone',
      '(?:come over|visit|hang out|be alone|sleep over|stay over|meet) (?:\\w+ ){0,3}(?:when|while) (?:my |your |ur )?(?:parents|mom|mum|dad|family|folks) (?:are|is|arent|isnt|r) (?:out|away|not (?:home|around|there)|gone|at work|asleep)',
      { severity: 'HIGH' },
    ],
    [
      'body_words',
      'tits|titties|cock|pussy|dick|penis size|boner|erection|cum|cumming|milf|dildo|vibrator|condom on',
      {
        strength: 'weak',
        unless: [
          'moby dick|philip k dick|dick (?:tracy|van dyke|whittington)|pussy ?cat|pussy willow|cum laude|summa cum|magna cum',
        ],
      },
    ],
    [
      'sizes',
      '(?:ur|your|her|his|my|ya|yo) (?:bra|cup|boob|breast|dick|penis|cock|underwear|panty|panties) (?:size|color|colour)|what (?:are you|r u|are u|re you|you) wearing (?:right now|rn|under|in bed|tonight)',
      { severity: 'HIGH' },
    ],
    [
      'undress_request',
      '(?:asked|asks|wants|wanted|told|tells|begged|keeps asking|dared|pressured|made|make|makes) (?:me )?(?:to )?(?:\\w+ ){0,2}(?:take|taking|took|get|pull) (?:off )?(?:my|her|his) (?:\\w+ )?(?:shirt|top|clothes|pants|trousers|bra|underwear|skirt|dress|hoodie)(?: off)?|(?:shirt|top|clothes|bra|underwear|pants) off (?:on|for|in front of) (?:the )?(?:camera|cam|video|facetime|stream|him|her|them|webcam|call)',
      { severity: 'HIGH' },
    ],
    [
      'picture_of',
      '(?:photo|pic|picture|image|selfie|video|drawing|render)s? of (?:\\w+ ){0,3}(?:in (?:\\w+ )?(?:bikini|underwear|bra|swimsuit|bathing suit|panties|lingerie|thong|boxers)|without (?:\\w+ )?(?:clothes|shirt|top)|naked|nude|topless)|lingerie|thong',
      { unless: ['(?:shop|store|brand|fashion design|history of)'] },
    ],
    [
      'sex_prep',
      '(?:for|during|at|in|about|like|good) sex(?! (?:ed|education|cells|determination|chromosomes|organs|linked|discrimination|differences|hormones|ratio))|sex (?:positions?|tips|moves|toys?|acts?|life|scenes?|jokes?|stories)|positions? (?:\\w+ ){0,3}(?:for|during|in) sex|dirty (?:jokes?|stories|story)',
      {
        unless: [
          '(?:biology|chromosomes?|reproduction|gender|discrimination|equality|sex ed|sex education)',
        ],
      },
    ],
    ['erotic', 'erotica?|smut|smutty|lewd|kinky|fetish\\w*|bdsm', { strength: 'weak' }],
    [
      'talk_dirty',
      'talk (?:dirty|sexy|naughty)|dirty talk|turn me on|turns me on|make me (?:horny|hard|wet)|(?:im|i am|so|feeling|get|getting|gets me) horny|horny',
      { severity: 'HIGH' },
    ],
    [
      'roleplay_partner',
      '(?:roleplay|role play|rp|pretend|act|be) (?:as |like |to be )?(?:my|a) (?:boyfriend|girlfriend|bf|gf|lover|husband|wife|partner|crush|date|sugar daddy|daddy|mistress)',
    ],
    [
      'naked',
      '(?:describe|draw|show|picture|imagine|generate|make|create|paint|photo of|pictures? of|image of) (?:me )?(?:a |an |some |the )?(?:\\w+ )?(?:naked|nude|topless|undressed|unclothed|half naked|bare|without (?:any )?clothes) (?:\\w+ )?(?:woman|women|man|men|girl|girls|boy|boys|person|people|body|bodies|teacher|lady|ladies|celebrity|kid|student|classmate|\\w+)',
      { unless: ['(?:statue|painting|sculpture|art history|renaissance|david|venus) '] },
    ],
    [
      'naked_weak',
      'naked|nude|topless|undress(?:ed|ing)?|strip(?:ping|tease)?(?: for)?',
      {
        strength: 'weak',
        unless: [
          'naked (?:eye|mole rat|truth|flame)',
          'strip (?:mall|club sandwich|of (?:paper|land|tape|light))',
          'comic strip',
          'nude (?:colou?r|lipstick|shade|paint)',
        ],
      },
    ],
    [
      'have_sex',
      '(?:have|having|had|do|doing|did|try) (?:\\w+ )?(?:sex|it) with|(?:have|having|had|to have) sex|(?:lose|losing|lost) (?:my|her|his|your) virginity|(?:sleep|sleeping|slept) with (?:him|her|my (?:gf|bf|girlfriend|boyfriend|crush|teacher|\\w+ friend)|a (?:girl|guy|boy|man|woman)|someone|them|me|\\w+ for)|hook ?up with|(?:make|making) out with|go (?:all the way|down on)|(?:first time|1st time) (?:having sex|doing it)|what does (?:sex|an orgasm|a blowjob|it feel like to have sex)|blow ?jobs?|hand ?jobs?|bj|oral sex|anal|masturbat\\w*|jerk(?:ing)? off|orgasms?|(?:get|got|getting|be|being) laid|thirst trap',
      {
        unless: [
          '(?:safe|protected) sex (?:ed|education)',
          'sex (?:ed|education|cells|chromosomes|determination|organs|linked)',
        ],
      },
    ],
    [
      'body_rate',
      '(?:rate|rating|rank|ranking|compare) (?:these |their |her |his |my |the |some |girls |boys |peoples? )?(?:\\w+ )?(?:bodies|body parts|bodys|boobs|butts|asses|bodies|figures|curves|chests|tits)|(?:hottest|sexiest|hotter|sexier|thickest|thicc\\w*) (?:\\w+ )?(?:body|bodies|girl|girls|boy|boys|guy|guys|in my class|teacher|classmate|parts?|booty|chest)|(?:boobs|tits|titties|dick|cock|pussy|penis|vagina|booty|breasts?) (?:size|sizes|pics?|photos?|rating|rate|hot|sexy)|(?:how big|size of) (?:is )?(?:his|her|my|your) (?:dick|penis|boobs|breasts|cock|tits)',
      { unless: ['body parts? (?:in|vocabulary|for|names?|labels?|diagram)'] },
    ],
    [
      'grooming_adult',
      `(?:${ADULT}) (?:${WHO})(?: (?:online|from (?:\\w+ ){0,2}(?:discord|snap|snapchat|insta|instagram|tiktok|roblox|the internet|a game|fortnite|minecraft)|i met \\w+ \\w+|on \\w+))? (?:\\w+ ){0,3}(?:wants|want|asked|asks|keeps asking|told|tells|said|says|begged|wanted|is asking|keeps telling|messaged|dmed|dms|texts|texted|offered|promised|invited) (?:me )?(?:to )?(?:send|keep|meet|not tell|delete|come|show|take|video ?call|facetime|cam|visit|be his|be her|sneak|get in|hang out|secret)`,
      { severity: 'HIGH' },
    ],
    [
      'send_pics',
      `(?:wants|want|asked|asks|asking|keeps asking|keep asking|told|tells|wanted|begging|begged|made|make|makes|forced|pressur\\w+|convinced|trying to get) (?:me|my (?:friend|sister|brother)) (?:to )?(?:send|show|take off|undress|strip|film|record|take) (?:him |her |them )?(?:\\w+ ){0,2}(?:pics|pictures|photos|selfies|videos|nudes|my body|of me|me|my clothes|clothes|snaps)`,
      {
        severity: 'HIGH',
        unless: ['(?:homework|notes|assignment|worksheet|answers|test|essay|project) '],
      },
    ],
    [
      'get_nudes',
      '(?:get|getting|convince|persuade|make|trick|pressure) (?:a |an |this |that |my |her |him |them |some ?one|some ?body|a girl|a guy|my crush|my \\w+ )?(?:\\w+ )?(?:to )?send (?:me )?(?:nudes|pics|pictures|photos|something spicy)',
    ],
    [
      'secret',
      `(?:our|a|its|it s|it is|keep (?:it|this)|keep it a) (?:little |special |own )?secret|(?:meet|met|meeting|see|come over|be) (?:up )?(?:with )?(?:him|her|me|them) (?:\\w+ )?alone|alone with (?:him|her|a (?:man|guy|teacher|coach))`,
      {
        severity: 'HIGH',
        strength: 'weak',
        unless: [...HARMLESS_SECRETS, 'santa'],
      },
    ],
    [
      'grooming_secret',
      `(?:${WHO_P}) (?:\\w+ ){0,12}(?:our (?:little |special )?secret|keep (?:it|this) (?:a )?(?:secret|between us|quiet)|(?:didnt|dont|not to|wouldnt|never|not|shouldnt) tell (?:any ?one|any ?body|my parents|your parents|my (?:mom|mum|dad)|them|your (?:mom|mum|dad)|no ?one|no ?body)|met (?:him|her) alone|meet (?:up )?(?:with )?(?:him|her) alone|alone with (?:him|her))`,
      {
        severity: 'HIGH',
        unless: ['(?:surprise|birthday|party|present|gift|recipe|santa|crush on)'],
      },
    ],
    [
      'meet_online',
      '(?:meet|meeting|met|meetup|meet up|hang out) (?:up )?(?:with )?(?:a |an |this |some )?(?:guy|man|stranger|someone|person|girl|boy|dude|adult|older \\w+)(?: (?:i|who|that))? (?:\\w+ ){0,2}(?:online|on (?:discord|snap|snapchat|insta|instagram|tiktok|roblox|omegle|the internet|reddit|telegram)|from (?:discord|snap|snapchat|insta|instagram|tiktok|roblox|omegle|the internet|reddit))',
      { severity: 'HIGH' },
    ],
    [
      'abuse_touch',
      '(?:touches|touched|touching|touch|feels|felt|grabs|grabbed|grab|rubs|rubbed|fondles|fondled|gropes|groped|kisses|kissed) (?:me|my (?:body|chest|butt|privates|private parts|legs|thighs|breasts)) (?:\\w+ ){0,5}(?:when|where|at night|in bed|down there|private|privates|nobody|no one|noone|inappropriately|weird|funny|there|under|and says|and tells|in the shower|wont stop|even when)|(?:{FAMILY}|he|she|coach|teacher|tutor|neighbou?r|man|guy|adult|priest) (?:\\w+ ){0,2}(?:touches|touched|keeps touching|gropes|groped|fondles|molests|molested|rubs) me|(?:comes|came|sneaks) into my (?:room|bed|bathroom|shower) (?:\\w+ ){0,4}(?:at night|and|when)',
      { severity: 'HIGH' },
    ],
    [
      'abuse_made',
      '(?:makes|made|forces|forced|tells|told) me (?:to )?(?:touch (?:him|her|his|it)|undress|take (?:off )?my clothes|get naked|watch porn|sit on his lap|kiss (?:him|her))|(?:raped|molested|abused|assaulted|groped) me|(?:sexually|sexualy) (?:abused|assaulted|harassed|touched)',
      { severity: 'HIGH' },
    ],
    [
      'abuse_words',
      'rape|raped|molest\\w*|sexual (?:abuse|assault)|grooming|groomed|child abuse|incest|pedo\\w*|paedo\\w*',
      { strength: 'weak', severity: 'HIGH' },
    ],
    [
      'sexy',
      'sexy|seductive|slutty|hot (?:girls?|guys?|boys?|babes?|chicks?|women|teachers?)',
      { strength: 'weak' },
    ],
  ]),
  ...entries('SEXUAL', 'es', { severity: 'MEDIUM' }, [
    [
      'desnudo',
      '(?:fotos?|videos?|imagenes?|pics?) (?:\\w+ )?(?:desnud\\w*|intimas?|hot|sin ropa|en ropa interior|prohibidas?|subidas? de tono)|(?:mandame|enviame|envia|manda|pasame|mandarme|enviarme|pasa|pasar) (?:\\w+ )?(?:fotos|nudes|packs?|el pack|videos)|desnud[oa]s?',
      { severity: 'HIGH' },
    ],
    ['porno', 'porno\\w*|pornografia|xxx'],
    [
      'sexo',
      '(?:hacer|tener|tengo|tuve|quiero) (?:el )?(?:sexo|el amor|relaciones)|historia (?:erotica|sexual|caliente|porno)|perder (?:mi|la) virginidad|calient[ea] (?:conmigo|contigo)',
    ],
    [
      'abuso',
      '(?:me|nos) (?:toca|tocaba|toco|manosea|manoseaba|acosa|abusa|abuso) (?:\\w+ ){0,4}(?:cuando|donde|por|de noche|en la cama|nadie|partes)|(?:mi )?(?:tio|padrastro|entrenador|profesor|profe|vecino|primo) me (?:toca|manosea|besa|acosa)|secreto entre (?:nosotros|tu y yo)|no (?:se lo )?digas a nadie',
    ],
  ]),
  ...entries('SEXUAL', 'fr', { severity: 'MEDIUM' }, [
    [
      'nues',
      '(?:photos?|nudes?|videos?|images?) (?:de (?:moi|toi) )?(?:nue?s?|denude\\w*|sexy|intimes?|hot)|(?:envoie|envoyer|menvoyer|m envoyer|envoies|envoi) (?:\\w+ )?(?:des )?(?:photos|nudes|nudes)|toute nue|tout nu',
      { severity: 'HIGH' },
    ],
    ['porno', 'porno\\w*|pornographi\\w*|xxx'],
    [
      'sexe',
      'faire l ?amour|coucher avec|baiser|histoire (?:erotique|sexy|cochonne|porno)|perdre (?:ma|sa) virginite',
    ],
    [
      'abus',
      '(?:il|elle|mon \\w+|ma \\w+) me (?:touche|tripote|caresse) (?:\\w+ ){0,4}(?:quand|la nuit|partout|personne|en secret)?|notre (?:petit )?secret|(?:ne le dis|le dis pas) a personne',
    ],
  ]),
  // Sexualised body talk, showing one's body to someone (on camera, for gifts), and an adult's secrecy (grooming).
  ...entries('SEXUAL', 'en', { severity: 'MEDIUM' }, [
    [
      'body_parts',
      '(?:describe|rate|show|send|see|grab|touch|squeeze|talk about|pics? of|photos? of|pictures? of|how big (?:are|is)) (?:\\w+ ){0,2}(?:boobs|tits|titties|breasts|nipples|dick|cock|penis|vagina|pussy|booty|ass|butt|privates|private parts)',
      { strength: 'weak', unless: ['cancer|feeding|breastfeed\\w*|exam|self ?check|lump'] },
    ],
    [
      'show_body',
      '(?:show|send) (?:him|her|them|you|u|some ?one|a guy|a man|an adult|strangers?) ?(?:my|me) (?:body|naked|nudes?|chest|boobs|privates|underwear|bra|butt)|(?:undress|take (?:off )?my (?:clothes|shirt|top|pants)|naked|my body) (?:\\w+ ){0,4}(?:on|over) (?:video ?call|cam|camera|facetime|skype|snap|zoom|discord)',
      { severity: 'HIGH' },
    ],
    [
      'adult_secret',
      '(?:(?:\\w+ )?(?:teacher|coach|tutor|instructor|trainer|uncle|stepdad|step dad|stepfather|stepbrother|neighbou?r|priest|pastor|babysitter|older (?:guy|man|boy|friend|girl|woman)|grown ?up|adult|mom s boyfriend|moms boyfriend|mums boyfriend|guy (?:i met|from)|man (?:i met|from))) (?:\\w+ ){0,8}(?:(?:told|tells|asked|asks|made|makes|wants|want|said) me (?:not to|to never|never to|to not) (?:tell|say|mention)|keep (?:it|this|us|what we do|our \\w+) (?:a )?secret|(?:our|a) (?:little )?secret|between (?:us|the two of us)|(?:dont|not|never) tell (?:your|my|any ?one|any1|no ?body|mom|mum|dad))',
      { severity: 'HIGH', unless: HARMLESS_SECRETS },
    ],
  ]),
  // Spanish sexual stories and an adult's secrecy.
  ...entries('SEXUAL', 'es', { severity: 'MEDIUM' }, [
    [
      'historia_sexual',
      '(?:historia|cuento|relato)s? (?:\\w+ )?(?:erotic[oa]s?|de sexo|sexual(?:es)?|porno|caliente|picante|subida de tono|guarra|hot)',
    ],
    [
      'adulto_secreto',
      '(?:profe\\w*|entrenador|tio|padrastro|vecino|senor|hombre|adulto|monitor|primo|cura|chico mayor)(?: \\w+){0,8} (?:(?:no (?:se lo |lo |le )?(?:diga|digas|contara|cuente|cuentes|dijera)|que no (?:le |lo )?(?:diga|cuente)) (?:a )?(?:nadie|mis padres|mi madre|mi padre|mama|papa)|(?:nuestro|un) secreto|guardar (?:el |un |lo )?secreto|entre nosotros)',
      { severity: 'HIGH', unless: HARMLESS_SECRETS },
    ],
  ]),
  // French sexual stories and an adult's secrecy.
  ...entries('SEXUAL', 'fr', { severity: 'MEDIUM' }, [
    [
      'histoire_sexe',
      'histoires? (?:\\w+ )?(?:de sexe|erotiques?|cochonnes?|coquines?|porno|sexuelles?|hot)|(?:raconte|ecris|ecrit|invente)(?: moi| nous)? (?:\\w+ ){0,3}(?:sexe|cochon\\w*|coquin\\w*|erotique|porno)',
    ],
    [
      'adulte_secret',
      '(?:prof\\w*|entraineur|coach|oncle|beau ?pere|voisin|monsieur|adulte|moniteur|animateur|educateur|cousin|pretre)(?: \\w+){0,10} (?:garder (?:le |ca |un |ce )?secret|notre secret|(?:ne (?:le |rien )?(?:dis|dire)|pas (?:le )?dire|rien dire) (?:a )?(?:personne|mes parents|ma mere|mon pere)|entre nous)',
      { severity: 'HIGH', unless: HARMLESS_SECRETS },
    ],
  ]),
];
