import { entries } from './compile';

/** Games, sport and figurative wins: "kill the boss", "killed it", "shoot a basketball". */
const NOT_A_PERSON = [
  '(?:in|at|on|playing|play) (?:the |a |my )?(?:{GAME})',
  '(?:{GAME})',
  'kil(?:led|ling)? it',
  'shoot (?:a |the |some )?(?:basketball|ball|hoops|photo|photos|picture|video|film|movie|scene|shot|goal|three|free throw|arrow|email|message|text)',
];

/** Narrative and academic frames for weak entries. */
const HISTORY = ['(?:did|was|were|had) (?:\\w+ ){0,6}(?:{HARM_ING})'];

/**
 * Violence: threats and plans against people, weapons at school, making weapons and
 * explosives, arson, hurting someone without being caught, violence at home, in English,
 * Spanish and French. A threat needs an intent ("gonna", "I want to", "I'll") and a person
 * (a pronoun, a person word or a name), so "kill a process" and "who shot Lincoln" stay clean.
 */
export const VIOLENCE = [
  ...entries('VIOLENCE', 'en', { severity: 'HIGH' }, [
    [
      'threat',
      '(?:{INTENT})(?:(?:{HARM_STRONG})(?:s|ed|ing)?(?: (?:the (?:crap|shit|hell|life|fuck|living daylights) out of|up|down))? (?:{VICTIM})|(?:{HARM})(?:s|ed|ing)?(?: (?:the (?:crap|shit|hell|life|fuck|living daylights) out of|up|down))? (?:{VICTIM_P}))',
      {
        unless: NOT_A_PERSON.concat([
          'beat (?:\\w+ )?(?:at|in) ',
          'kil (?:\\w+ )?with kindness',
          '(?:{MYSELF})',
          'hurt (?:your|his|her|their|my) feelings',
        ]),
      },
    ],
    [
      'threat_object',
      '(?:{INTENT})(?:break|snap|smash|bash|cave|slit|crush|bust|rip|punch|kick|beat) (?:in )?(?:his|her|their|your|ur|ya|that \\w+s|\\w+s) (?:stupid |ugly |fat |fucking )?(?:neck|jaw|nose|legs?|arms?|face|skull|head|teeth|throat|ribs|kneecaps|spine|back|fingers)',
    ],
    [
      'run_over',
      '(?:{INTENT})(?:run|ram) (?:{VICTIM}) (?:over|down)|(?:{INTENT})(?:hit|smash|bash|whack) (?:{VICTIM_P}) (?:with|over the head with) (?:a |my |the |his |her )?(?:\\w+ )?(?:car|truck|bat|brick|rock|hammer|chair|bottle|pipe|crowbar|knife|gun)',
    ],
    [
      'see_dead',
      '(?:want|wanna|wish|hope|gonna|going to|will|cant wait to|would love to) (?:to )?(?:see )?(?:him|her|them|you|u|that \\w+|my (?:{PERSON})) (?:\\w+ )?(?:dead|die|bleed|suffer|in a coffin|six feet under|in the hospital|in hospital)(?! (?:of laughter|laughing))',
      { unless: NOT_A_PERSON },
    ],
    [
      'getting_hurt',
      '(?:next (?:person|one|kid|guy|girl)|whoever|anyone who|any ?body who|who ?ever|the (?:next )?(?:\\w+ )?who|he|she|they|you|u|that kid|this kid|\\w+) (?:\\w+ ){0,5}(?:is|are|s|gonna|going to|will|ll|re) (?:get|getting|be|gonna get|going to get) (?:stabbed|shot|killed|murdered|jumped|beat up|beaten up|punched|smacked|merked|hurt|ended|wrecked|destroyed|dropped)',
      {
        unless: NOT_A_PERSON.concat([
          '(?:was|were|got|has been|had been) (?:stabbed|shot|killed|murdered)',
          'history|movie|film|book|novel|game',
        ]),
      },
    ],
    [
      'break_neck',
      '(?:break|snap|smash|bash|cave|slit|crush|bust|rip|punch) (?:in )?(?:his|her|their|your|ur|ya) (?:stupid |ugly |fat |fucking )?(?:neck|jaw|nose|legs?|arms?|face|skull|head|teeth|throat|ribs|kneecaps|spine)(?: in)?',
      { unless: ['break (?:his|her|their) (?:heart|record|fall|streak|silence|promise)'] },
    ],
    [
      'make_bleed',
      '(?:make|see|watch) (?:him|her|them|you|u|\\w+) (?:bleed|suffer|cry blood|beg|pay)|beat (?:the (?:crap|shit|hell|life|fuck) )?out of|(?:jump|jumping|jumped|rush|rushing|corner|cornering|ambush) (?:him|her|them|that \\w+|this \\w+|\\w+) (?:after|at|behind|outside|before|near|on the way (?:to|from)) (?:school|class|the gym|practice|the bus|lunch|the park|the store)',
    ],
    [
      'how_to_harm',
      '(?:{HOWTO}) (?:\\w+ )?(?:{HARM})(?:s|ed|ing)? (?:{VICTIM_P})',
      {
        unless: NOT_A_PERSON.concat([
          '(?:{MYSELF})',
          'hurt (?:your|his|her|their|my|someones?) feelings',
          'beat (?:\\w+ )?(?:at|in) ',
          'kil (?:a |the )?(?:process|task|weed|bacteria|germs|virus|mold|plant)',
        ]),
      },
    ],
    [
      'knock_out',
      '(?:{HOWTO}) (?:\\w+ )?(?:knock|put|choke) (?:some ?one|some ?body|a person|people|him|her|them|my \\w+|\\w+) (?:out|unconscious|to sleep)',
    ],
    [
      'without_caught',
      '(?:{HARM})(?:s|ed|ing)? (?:\\w+ ){0,3}without (?:leaving (?:any )?(?:marks|bruises|evidence|a trace|traces|fingerprints)|getting caught|being caught|anyone (?:knowing|noticing|finding out|seeing)|(?:them|him|her|the police|the teachers?) (?:knowing|noticing|finding out)|a trace)',
    ],
    [
      'lethal_amount',
      '(?:how (?:much|many)|what amount of|what dose of|how strong) (?:\\w+ ){0,4}(?:would|to|does it take to|will|can|it takes to|needed to|do you need to) (?:kil|poison|knock out|murder) (?:a person|some ?one|some ?body|a human|a man|a woman|an adult|a kid|a child|him|her|them|my \\w+|a teacher|people)',
    ],
    [
      'poison_someone',
      '(?:poison|drug|spike) (?:some ?one|some ?body|a person|people|him|her|them|my \\w+|his \\w+|her \\w+|the teachers?|\\w+s (?:drink|food|water|lunch|coffee|tea))',
      { unless: ['food poisoning', 'poison (?:ivy|oak|dart frog)'] },
    ],
    [
      'weapon_school',
      '(?:{WEAPON}) (?:\\w+ ){0,4}(?:to|into|in|at|inside|around) (?:{SCHOOL})',
      {
        unless: [
          '(?:metal detectors?|ban|banned|policy|rules|allowed|laws?|statistics|history|civil war|ww\\d|world war|soldiers?|knights?|vikings?|romans?|medieval|museum|war)',
        ],
      },
    ],
    [
      'bring_weapon',
      '(?:bring|bringing|brought|take|taking|took|carry|carrying|sneak|sneaking|snuck|hide|hiding|pack|packing|smuggle|smuggling|bringin|have|got|get) (?:a |an |my |his |her |the |some |my (?:\\w+s) |(?:{FAMILY})s )?(?:\\w+ )?(?:{WEAPON}) (?:to|into|in|at|for) (?:{SCHOOL}|him|her|them|the fight)',
      {
        unless: [
          '(?:metal detectors?|history|civil war|ww\\d|world war|soldiers?|knights?|vikings?|romans?|museum|war)',
          'knife (?:and fork|to cut)',
        ],
      },
    ],
    [
      'weapon_for',
      '(?:bring|bringing|brought|take|taking|carry|carrying|sneak|sneaking|pack|packing|have|got|get|getting|hide|hiding|keep|keeping) (?:\\w+ ){0,3}(?:{WEAPON}) (?:\\w+ ){0,2}(?:for|to use on|to deal with|to handle|to settle things with|to show) (?:him|her|them|you|\\w+)',
      {
        unless: [
          '(?:cooking|camping|fishing|hunting trip|carving|whittling|the kitchen|my steak|the cake|history|museum)',
        ],
      },
    ],
    [
      'get_weapon',
      '(?:where|how|who|which) (?:\\w+ ){0,3}(?:get|buy|find|obtain|make|build|3d print|print|order|steal|get hold of|get my hands on|purchase|sell(?:s)?) (?:a |an |some |my own |the |cheap )?(?:\\w+ )?(?:{WEAPON_STRICT})',
      {
        unless: [
          '(?:history|civil war|ww\\d|world war|soldiers?|in the war|invented|worked|work)',
          '(?:water|nerf|toy|squirt|glue|paintball|airsoft|bubble|laser|heat|nail|staple|spray|ray) ?guns?',
        ],
      },
    ],
    [
      'shoot_up',
      '(?:{INTENT})shoot(?:ing)? ?up(?! (?:my|some|heroin|drugs))|(?:plan|planning|plot|plotting|organi[sz]e|carry out|commit|help me (?:plan|with)) (?:an? |the |my |our )?(?:\\w+ )?(?:attack|shooting|massacre|bombing|stabbing|ambush|raid|revenge|rampage) (?:on|at|against|in) (?:\\w+ )?(?:school|class|them|him|her|people|the|my|our|everyone)',
      {
        unless: [
          '(?:pearl harbor|history|did|ww\\d|world war|war|army|military|9 ?11|novel|book|movie|game|{GAME})',
        ],
      },
    ],
    [
      'hunt_down',
      '(?:{INTENT})(?:hunt|track|find|chase) (?:{VICTIM}) down|(?:{INTENT})(?:make|teach) (?:{VICTIM_P}) (?:regret|pay for|sorry for) (?:it|this|that|being born|everything|messing)',
    ],
    [
      'make_weapon',
      '(?:make|making|build|craft|crafting|turn|turning|create) (?:a |an |into a |into an )?(?:\\w+ )?(?:weapon|shiv|shank|knife|gun|blade|taser|zip gun|spear)s? (?:out of|from|with|using)',
      {
        unless: [
          '(?:minecraft|game|{GAME}|cardboard|paper|origami|lego|props?|costume|cosplay|halloween|play)',
        ],
      },
    ],
    [
      'ghost_gun',
      'ghost guns?|3d print(?:ed)? (?:gun|pistol|firearm|weapon)s?|untraceable (?:gun|weapon|poison)s?|(?:school|mass) shoot(?:er|ing) (?:plan|tips|how)',
    ],
    [
      'explosive',
      '(?:make|making|made|build|building|built|create|creating|assemble|assembling|craft|cook|cooking|mix|mixing|construct|rig|rigging|plant|planting|set off|detonate|throw|throwing) (?:a |an |some |my own |homemade |home made |real )?(?:\\w+ )?(?:pipe ?bomb|bomb|explosive|ied|molotov|napalm|grenade|detonator|thermite|nail bomb|pressure cooker|poison gas|chlorine gas|mustard gas|nerve gas|ricin|tannerite|fire ?bomb|car bomb|dirty bomb|incendiary)s?',
      {
        unless: [
          '(?:bath|photo|seed|glitter|calorie|flavou?r|stink|smoke|dance|f|fashion|cherry|atomic|nuclear|volcano) ?bombs?',
          'bomb (?:a |my |the )?(?:test|exam|presentation|interview|audition)',
          '(?:history|how did|why did|were|was|in ww\\d|world war|manhattan project|invented)',
        ],
      },
    ],
    ['molotov', 'molotov(?: cocktails?)?|pipe ?bombs?|home ?made (?:bomb|explosive|gun)s?|ied'],
    [
      'arson',
      '(?:{INTENT})(?:set|light|start) (?:a |the )?fires? (?:to|in|at|on)?|(?:set|setting|light|lighting) (?:fire|a fire) (?:to|in|at) (?:the |my |his |her |our |their )?(?:school|house|home|gym|building|classroom|car|room|library|teachers?|\\w+s (?:house|car|room))|(?:burn|burning|blow|blowing) (?:down |up )(?:the |my |our |his |her |their |this )?(?:school|house|home|gym|building|classroom|class|car|library)|set (?:the |my |our |his |her |their )?(?:school|house|gym|building|classroom|car|home|teacher|room) on fire',
      {
        unless: [
          'fire (?:drill|alarm|extinguisher|safety)',
          '(?:great fire|history|ww\\d|rome|london in 1666|were|was|did)',
        ],
      },
    ],
    [
      'threat_write',
      '(?:write|draft|compose|make|send|sending|type|help me (?:write|make|send)|text|post) (?:a |an |some |this )?(?:threat|threats|threatening (?:\\w+)|death threats?|bomb threats?)',
      {
        unless: [
          '(?:what is|what are|define|report|reporting|received|got|get) (?:a )?(?:death )?threat',
        ],
      },
    ],
    [
      'hit_list',
      '(?:hit|kill|death|shoot|revenge) ?list|list of (?:people|names|kids|everyone|teachers|students)(?: (?:i|we|that i|who|to))? (?:{MOD} )?(?:hurt|kil|shoot|stab|harm|get|get rid of|make pay|take out)|(?:people|kids|everyone|ones|those|teachers|students|names) (?:i|we) (?:(?:{MOD}) )?(?:hurt|kil|shoot|stab|harm|get rid of|take out|make pay)',
    ],
    [
      'mass',
      'shoot (?:up )?(?:the|my|a|this|our|that) (?:school|class|mall|church|place|cafeteria|canteen|gym|assembly|library|hallway|bus|party|concert|dance|prom|classroom)|shoot (?:every ?one|every ?body|them all|all of (?:them|you)|the whole \\w+|people|everyone who|the class|the teachers?)|(?:kil|stab|bomb) (?:every ?one|every ?body|them all|all of (?:them|you)|the whole (?:class|school))|school shoot(?:ing|er|ings|ers)?',
      {
        unless: [
          '(?:{GAME})',
          '(?:history|statistics|prevention|drill|lockdown|news|report|essay|project|debate|why do|how many|laws?|policy|gun control)',
        ],
      },
    ],
    [
      'make_pay',
      '(?:they|theyre|theyll|you|youre|youll|u|he|hes|hell|she|shes|yall|every ?one|every ?body|all of (?:them|you)) (?:\\w+ )?(?:(?:are|re|is|s|will|ll|gonna|going to|shall) )+(?:all )?(?:gonna |going to )?(?:pay|regret (?:it|this|messing)|be sorry|get what(?:s| is) coming)|(?:make|making) (?:them|him|her|you|u|every ?one|them all) (?:all )?(?:pay|suffer|regret)',
      {
        severity: 'MEDIUM',
        unless: ['pay (?:for|attention|back|me|you|the|a|rent|bills|taxes|off)'],
      },
    ],
    [
      'home_abuse',
      '(?:(?:my )?(?:{FAMILY})|he|she|they) (?:\\w+ ){0,2}(?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|strangled|burns|burned|whips|whipped|belts|shoves|shoved|hurts|throws (?:things|stuff) at|threw (?:things|stuff) at|locks|locked|starves) (?:me|us|my (?:mom|mum|mother|dad|brother|sister|sibling|siblings))',
      {
        unless: [
          'hit (?:me|us) up',
          'in (?:the |a )?(?:{GAME})',
          'with (?:a )?(?:pillow|snowball|ball|water balloon)',
        ],
      },
    ],
    [
      'scared_home',
      '(?:scared|afraid|terrified|frightened) (?:to go|of going) home|(?:get|got|getting) (?:hit|beaten|beat up|hurt|slapped|punched|whipped) (?:at home|by my (?:{FAMILY}))|(?:bruises|marks) (?:from|that) (?:my )?(?:{FAMILY})',
    ],
    [
      'kill_person',
      '(?:{HARM_ING}) (?:(?:so many|all the|many|lots of|a lot of|thousands of|millions of) )?(?:people|a person|some ?one|some ?body|humans)',
      {
        strength: 'weak',
        unless: NOT_A_PERSON.concat(HISTORY, [
          '(?:disease|plague|virus|bacteria|black death|flu|covid|pandemic|cancer|war|famine|earthquake|volcano|tsunami|sharks?|animals?|snakes?|spiders?|bears?|lions?)',
        ]),
      },
    ],
  ]),
  ...entries('VIOLENCE', 'es', { severity: 'HIGH' }, [
    [
      'matar',
      '(?:voy a|vamos a|quiero|quisiera|pienso|hay que|va a|van a|tengo ganas de|lo voy a|la voy a|los voy a|te voy a) (?:\\w+ )?(?:matar|apunalar|acuchillar|disparar|balear|golpear|pegar|quemar|envenenar|ahorcar|romper la cara|partir la cara|reventar|estrangular|ahogar)',
    ],
    [
      'matarlo',
      '(?:matar|apunalar|acuchillar|disparar|envenenar|estrangular|golpear|pegar)(?:lo|la|los|las|te|le|les)|matar a (?:ese|esa|mi|el|la|un|una|todos|todas|mis|\\w+)',
    ],
    [
      'arma_escuela',
      '(?:llevar|traer|llevo|traigo|llevare|traere|meter) (?:un |una |el |la |mi |la de mi \\w+ |el de mi \\w+ )?(?:pistola|arma|cuchillo|navaja|escopeta|rifle|bomba|machete)s? (?:a|al|en) (?:la )?(?:escuela|colegio|instituto|clase|insti|cole)',
    ],
    [
      'arma_lugar',
      '(?:pistola|arma|cuchillo|navaja|escopeta|rifle|bomba|machete)s? (?:\\w+ ){0,5}(?:a la|al|en la|en el|a mi) (?:escuela|colegio|instituto|clase|insti|cole)',
    ],
    [
      'bomba',
      '(?:hacer|fabricar|construir|armar|como hacer) (?:una |un )?(?:bomba|explosivo|molotov)',
    ],
    [
      'maltrato',
      '(?:mi )?(?:papa|padre|padrastro|mama|madre|madrastra|novio|hermano|tio) me (?:pega|golpea|pegan|maltrata|ahorca|quema|lastima)',
    ],
  ]),
  ...entries('VIOLENCE', 'fr', { severity: 'HIGH' }, [
    [
      'tuer',
      '(?:je vais|jvais|j vais|on va|je veux|jveux|je voudrais|il faut) (?:\\w+ )?(?:le |la |les |te |l |lui )?(?:tuer|buter|poignarder|frapper|tabasser|defoncer|flinguer|abattre|etrangler|empoisonner|bruler|cramer|egorger|planter)',
    ],
    [
      'le_tuer',
      '(?:le|la|les|te|vous) (?:tuer|buter|poignarder|flinguer|abattre|egorger|etrangler)',
    ],
    [
      'arme_ecole',
      '(?:amener|apporter|ramener|prendre|emmener|apporte|ramene) (?:un |une |le |la |mon |ma |l )?(?:arme|couteau|flingue|pistolet|fusil|bombe|lame)s? (?:a|au|en|dans) (?:l ?ecole|college|lycee|classe|cours|bahut|la classe)',
    ],
    [
      'bombe',
      '(?:fabriquer|faire|construire|comment faire) (?:une )?(?:bombe|explosif|cocktail molotov)',
    ],
    [
      'maltraitance',
      '(?:mon|ma) (?:pere|mere|beau ?pere|belle ?mere|copain|frere|oncle) me (?:frappe|bat|tape|etrangle|brule)',
    ],
  ]),
  // Indirect forms: undetectable poison, revenge beside a weapon, knocking someone out, arson, "without getting caught", a staged accident.
  ...entries('VIOLENCE', 'en', { severity: 'HIGH' }, [
    [
      'undetectable',
      '(?:poison|toxin|drug|substance)s? (?:\\w+ ){0,3}(?:cant|cannot|can not|wont|doesnt|does not|would not|wouldnt) (?:be )?(?:detected|traced|found|show up)|(?:undetectable|untraceable) (?:poison|toxin|way to kil|murder)|(?:not|never) (?:\\w+ ){0,2}(?:show up|be detected|detected) (?:in|on) (?:an |the )?(?:autopsy|tox(?:icology)? (?:screen|report))',
      { strength: 'weak' },
    ],
    [
      'weapon_revenge',
      '(?:regret|pay for (?:it|this|that|what)|be sorry|revenge|get back at|payback|pay back|teach (?:them|him|her|every ?one|yall) a lesson)(?=.{0,160}(?:{WEAPON_STRICT})(?![a-z]))|(?:{WEAPON_STRICT})(?=.{0,160}(?:regret|pay for (?:it|this|that|what)|be sorry|revenge|get back at|payback|pay back|teach (?:them|him|her|every ?one|yall) a lesson)(?![a-z]))',
    ],
    [
      'knock_out_for_good',
      'how hard (?:\\w+ ){0,5}(?:hit|punch|kick|strike|slap|push|shove|choke) (?:{VICTIM_P})|knock (?:{VICTIM_P}) (?:out|unconscious) (?:for good|forever|permanently|cold)|(?:hit|punch|kick|choke) (?:{VICTIM_P}) (?:\\w+ ){0,3}(?:for good|unconscious|til (?:they|he|she) (?:stop|pass out))',
    ],
    [
      'arson_intent',
      '(?:(?:{INTENT})|(?:{HOWTO}) )(?:burn|torch|set fire to|set on fire|firebomb|blow up) (?:down )?(?:\\w+ ){0,3}(?:house|home|school|car|building|gym|apartment|flat|shop|store|church|mosque|synagogue|garage|classroom|room|office)',
    ],
    [
      'harm_unseen',
      '(?:kil|murder|stab|shoot|poison|strangle|choke|hurt|beat up|attack|drown|suffocate|smother|jump)\\w* (?:\\w+ ){0,6}without (?:getting caught|anyone (?:knowing|noticing|finding out|seeing)|leaving (?:any )?(?:marks|evidence|a trace|traces|fingerprints)|being (?:caught|seen|detected))',
      {
        unless: [
          '(?:{GAME})|sunburn|burn (?:calories|fat|a cd|a dvd|the toast)|jump (?:rope|higher|start)',
        ],
      },
    ],
    [
      'poison_making',
      '(?:{HOWTO}) (?:make|brew|cook|create|mix|get) (?:\\w+ ){0,2}(?:poison|toxin|cyanide|ricin|arsenic)',
      {
        strength: 'weak',
        unless: ['rat|mouse|mice|weeds?|slugs?|ants|insects?|pests?|dart frogs?'],
      },
    ],
    [
      'weapon_concealed',
      '(?:hide|hid|hiding|sneak|sneaking|snuck|smuggle|smuggling|carry|carrying|bring|bringing|keep|keeping) (?:a |my |the |his |her |\\w+s )?(?:{WEAPON_STRICT}|knife|knives|blade|machete|switch ?blade) (?:\\w+ ){0,6}(?:backpack|bag|locker|school|class|pocket|sock|jacket|teachers?|security|metal detector|guards?)',
    ],
    [
      'staged_accident',
      'make (?:it look like (?:an? |it was an? )?accident|(?:{VICTIM_P}) (?:have|has|get|got) (?:an? )?(?:accident|fall))|(?:stage|fake|cause) (?:an? )?accident (?:for|to|with) (?:{VICTIM_P})',
      { strength: 'weak' },
    ],
  ]),
  // Spanish intent with a clitic victim ("apuñalarle").
  ...entries('VIOLENCE', 'es', { severity: 'HIGH' }, [
    [
      'apunalar',
      '(?:voy a|vamos a|quiero|pienso) (?:\\w+ ){0,2}(?:apunalar|acuchillar|disparar|envenenar|quemar|matar|golpear|pegar)(?:le|la|lo|les)? (?:a )?(?:\\w+)',
    ],
  ]),
  // French revenge beside a weapon.
  ...entries('VIOLENCE', 'fr', { severity: 'HIGH' }, [
    [
      'venger_arme',
      '(?:couteau|flingue|pistolet|arme|fusil)(?: \\w+){0,8} (?:pour|et) (?:me venger|les tuer|le tuer|la tuer|me defendre contre)|(?:me venger|vengeance)(?: \\w+){0,8} (?:couteau|flingue|pistolet|arme|fusil)',
    ],
  ]),
];
