import { entries } from './compile';

const INSULT =
  'dumb|stupid|idiot|idiotic|ugly|fat|fatty|fatso|fatass|loser|worthless|pathetic|disgusting|gross|retard\\w*|tard|freak|freaky|moron|useless|trash|garbage|waste of (?:space|air|oxygen|skin)|slut|whore|bitch|cunt|fag\\w*|lame|weirdo|creep|creepy|dumbass|dipshit|pig|cow|ho|hoe|thot|skank|tranny|spaz|mong|cripple|psycho|nobody|nerd|annoying|brainless|clown|joke|failure|disgrace|reject|inbred|scum|rat|snitch|virgin|incel|simp|beta|subhuman|animal|monkey|ape|nig(?:er|a|ah|uh|erz)s?|niga|p[a-z]ki|chink|spic|kike|wetback|dyke|homo|poor|smelly|stinky|autistic|sped|special ed';
const SLUR =
  'slut|whore|retard\\w*|tard|fag\\w*|bitch|cunt|skank|thot|hoe|fatso|fatass|fat pig|loser|freak|cow|spaz|mong|tranny|cripple|weirdo|creep|dumbass|dipshit|pig|psycho|scum|nig(?:er|a|ah|uh|erz)s?|niga|chink|spic|kike|dyke|subhuman|inbred|waste of (?:space|air|oxygen)|(?:stupid|dumb|ugly|fat|gay|poor|smelly|worthless) (?:\\w+ )?(?:loser|idiot|freak|bitch|slut|pig|cow|moron|retard|nerd|kid|boy|girl|thing)';
/** Someone a request could be aimed at (not "a chicken", "my subscription", "a folder"). */
const OBJ =
  '(?:him|her|them|some ?one|some ?body|people|every ?one|a (?:kid|girl|boy|classmate|student|teacher|nerd)|(?:this|that|the|my|our|his|her) (?:\\w+ )?(?:kid|girl|boy|guy|classmate|friend|teacher|student|sister|brother|ex|nerd|loser)|(?!(?:a|an|the|my|your|our|this|that|some|it|me|my ?self|exam|test|quiz|chicken|turkey|beef|pork|lamb|veg|vegetables|potatoes|marshmallows|nuts|coffee|photo|film|folder|file|files|subscription|account|order|data|code|tab|field|meeting|class|lesson|appointment|leak|pipe|tap|roof)(?![a-z]))[a-z]{3,}(?:s)?)';
const TARGET_VERBS = [
  'spread (?:a |some |the )?(?:rumou?rs?|lies|gossip)',
  'make fun of|making fun of|gang up on|ganging up on|cyberbully|cyberbullying|body ?shame|fat ?shame|slut ?shame|dox|doxx|catfish',
  `(?:roast|mock|mocking|humiliate|humiliating|embarrass|embarrassing|exclude|excluding|leak|leaking|expose|exposing|troll|trolling|harass|harassing|bully|bullying|insult|insulting|tease|teasing|diss|dissing|get back at|get revenge on|ignore|isolate|intimidate|threaten|blackmail|pick on|laugh at|shame) ${OBJ}`,
  'ruin (?:his|her|their|\\w+s) (?:life|reputation|rep|party|day)',
  'make (?:him|her|them|\\w+) cry',
  'kick (?:him|her|them|\\w+) out of (?:the )?(?:group|chat|gc|team)',
  'get (?:\\w+ )?(?:kicked out|expelled|suspended|in trouble) for nothing',
  'photoshop (?:\\w+ )?(?:face|head)',
].join('|');
const ASK =
  'help me|how (?:can|do|should|could|would) (?:i|we|u|you)|lets|let s|ways? to|best way to|i want to|i wanna|we should|we could|im gonna|im going to|were gonna|were going to|give me|write|make|create|tell me how to|teach me to|ideas? (?:to|for|on how to)|want to|gonna|going to|need to|should i|can you|could you|plan to|planning to|trying to|tryna|generate|draft|come up with|think of';
/** Help-seeking and teaching about bullying stay clean. */
const HELP_SEEKING = [
  '(?:against|anti|(?:stop|stopping|stopped) (?:bullying|the bullying|cyberbullying|being bullied|them from|it|harassment|\\w+ from (?:bullying|picking|teasing|hurting))|prevent|preventing|prevention|report|reporting|deal with|dealing with|cope with|respond to|why is it wrong|is it wrong|why do people|why do kids|what to do|what should i do if|if i see|someone (?:being|is being|who is)|support|awareness|effects of|impact of|consequences of|signs of|how to help|help a friend|shakespeare|in (?:the )?(?:play|novel|book|story|poem))',
];

/**
 * Bullying: insults and slurs aimed at someone, telling someone to hurt themselves,
 * asking for help to mock, exclude, humiliate or expose someone, and being bullied, in
 * English, Spanish and French. Questions about preventing or reporting bullying stay clean.
 */
export const BULLYING = [
  ...entries('BULLYING', 'en', { severity: 'MEDIUM' }, [
    [
      'kill_yourself',
      '(?:go |just |pls |please |u should |you should |should |go and |go ahead and |why dont you |nobody would care if you )?(?:kil|hang|unalive|shoot|end|delete|neck) (?:{YOURSELF})|kys|kill urself|go die|go drink bleach|drink bleach|go jump off (?:a |the )?\\w+|go play in (?:the )?traffic|(?:i hope|hope) (?:you|u) (?:die|get hit|get cancer|kill)',
      {
        severity: 'HIGH',
        unless: [
          '(?:thinking|thought|think|thoughts) (?:about|of) (?:kil|hurt|end)',
          '(?:if|when|whenever) (?:you|u) (?:\\w+ ){0,3}(?:want|feel|are thinking|have thoughts|ever feel)',
          'are you (?:thinking|planning|going)',
          'urge to',
          'never (?:kil|hurt)',
          'shoot (?:{YOURSELF}) in the foot',
        ],
      },
    ],
    [
      'everyone_hates',
      '(?:nobody|no one|noone|no1|not one person|not a single person) (?:even |actually |really )?(?:likes|loves|wants|cares about|would miss|would care about|will miss|needs) (?:you|u|ya|him|her|them)|(?:every ?one|every ?body|the whole (?:school|class|grade)|we all|they all|all of us|people|the class) (?:\\w+ )?(?:hates|hate|thinks|think|says|say|knows|know) (?:you|u|ya)(?:re| are| r)? ?(?:\\w+)?|(?:world|every ?one|every ?body) (?:would|will|d) be better (?:off )?without (?:you|u|him|her)',
      { unless: HELP_SEEKING },
    ],
    [
      'you_insult',
      `(?:you|u|ur|youre|your|you are|u r|ur a|youre a|you r|u are|yo|ya|you absolute|you little|you stupid|you fucking|you dumb|shut up) (?:so |such a |such an |a |an |fucking |really |the |actually |literally |absolute |complete |total |little |big |fat |ugly |dumb |stupid |lil |just |nothing but a |nothing but |the biggest |gonna be a |always gonna be a )*(?:${INSULT})`,
      {
        unless: HELP_SEEKING.concat([
          '(?:your|ur) (?:fat|dumb|stupid|ugly) (?:intake|cells|content|grams|percentage|question|phone|idea)',
          'what (?:does|do) (?:\\w+ )?(?:mean|means)',
          'you are what you eat',
        ]),
      },
    ],
    [
      'third_insult',
      `(?:he|she|hes|shes|they|theyre|that kid|this kid|that girl|that boy|this girl|this boy|my classmate|the new kid|(?:\\w+ )?kid|\\w+) (?:is|s|are|re|looks like|smells like|acts like|such) (?:so |such a |such an |a |an |fucking |really |the |literally |absolute |complete |total |actual |just |nothing but a |a big |a stupid |a dumb |an ugly |a fat |the biggest )*(?:${SLUR})`,
      {
        unless: HELP_SEEKING.concat([
          'life is a bitch',
          'karma',
          'what (?:does|is) (?:the )?(?:\\w+ )?(?:mean|means|word)',
          'meaning of',
          'the (?:pig|cow|rat)s? (?:is|are)',
          'farm|animals?',
        ]),
      },
    ],
    [
      'request',
      `(?:${ASK}) (?:\\w+ ){0,6}(?:${TARGET_VERBS})`,
      {
        unless: HELP_SEEKING.concat([
          '(?:friendly|birthday|for fun|light ?hearted|playful|affectionate|wedding|best man|retirement|keep it (?:clean|nice|kind|friendly)|roast (?:a |the )?(?:chicken|turkey|beef|pork|lamb|veg|vegetables|potatoes|marshmallows|nuts|coffee|peppers))',
        ]),
      },
    ],
    [
      'mean_content',
      '(?:mean|cruel|nasty|hurtful|savage|brutal|humiliating|embarrassing|offensive|racist|sexist|homophobic|transphobic|ableist|fatphobic) (?:\\w+ )?(?:meme|memes|post|posts|comment|comments|nickname|nicknames|joke|jokes|message|messages|video|tiktok|song|poem|names?|things?|stuff|roast|insults?|caption|rumou?r|rumou?rs|edit|story|list|rating|words|remarks) (?:\\w+ ){0,3}(?:about|for|to|on|at|against|so|that|i can)',
      { unless: HELP_SEEKING },
    ],
    [
      'something_mean',
      '(?:some ?thing|stuff|things|anything|words|a message|a comment|a post) (?:really |so |super |very |extra )?(?:mean|cruel|nasty|hurtful|savage|brutal|humiliating|embarrassing|insulting|offensive) (?:to say |to post |to write |to text |to send )?(?:about|to|for|at|on) (?:\\w+)',
      { unless: HELP_SEEKING.concat(['(?:mean|nasty) (?:to me|about me)']) },
    ],
    [
      'meanest',
      '(?:meanest|cruelest|cruellest|harshest|most savage|most brutal|most hurtful|nastiest|most offensive|most humiliating) (?:\\w+ ){0,2}(?:comeback|roast|insult|burn|diss|thing|things|joke|jokes|names?|nickname|line|lines|words)s?|(?:comeback|roast|insult|diss|burn|line)s? (?:\\w+ ){0,2}(?:to|that will|that would|to make|that could) (?:destroy|crush|humiliate|end|break|ruin|make (?:\\w+ )?cry)',
      { unless: HELP_SEEKING },
    ],
    [
      'turn_against',
      '(?:make|get|turn|convince|tell) (?:every ?one|every ?body|people|the (?:class|group|whole \\w+)|them|my friends|all (?:my|our) friends|the others) (?:to )?(?:stop (?:being friends|talking|hanging out|sitting) with|hate|turn against|ignore|exclude|unfriend|block|leave out|gang up on) (?:her|him|them|\\w+)',
      { unless: HELP_SEEKING },
    ],
    [
      'make_cry',
      '(?:make|made|making|get|getting) (?:her|him|them|\\w+|someone|somebody|the \\w+ kid) (?:\\w+ )?(?:cry|cries|crying|feel (?:bad|worthless|stupid|ugly|like shit|like trash)|hate (?:her|him|them)self|want to die|quit|leave (?:the )?school|switch schools)',
      {
        unless: HELP_SEEKING.concat([
          '(?:make|made) (?:\\w+ )?cry (?:of|with) (?:joy|laughter|happiness)',
          'movie|film|onion|song|book',
        ]),
      },
    ],
    [
      'identity_insult',
      '(?:insults?|slurs?|jokes?|names?|memes?|nicknames?|comebacks?|roasts?) (?:\\w+ ){0,2}(?:about|for|against|to call|on|targeting) (?:\\w+ ){0,3}(?:skin|race|colou?r|weight|religion|accent|disability|stutter|gay|lesbian|trans|black|asian|jewish|muslim|mexican|indian|chinese|fat|poor|ugly|disabled|autistic|wheelchair|glasses|braces|acne|hair|height|short|family|mom|dad|parents|clothes|immigrant|refugee|body)|(?:racist|sexist|homophobic|transphobic|ableist|antisemitic|islamophobic) (?:jokes?|memes?|insults?|names?|slurs?|comments?|nicknames?)',
      { unless: HELP_SEEKING.concat(['shakespeare|shakespearean|old english|medieval|victorian']) },
    ],
    [
      'exclude_group',
      '(?:make|made|making|start|create|creating) (?:a |another |new |secret )?(?:group ?chat|gc|group|chat|server|page|account|insta|instagram|tiktok|snap) (?:\\w+ ){0,3}(?:without|to (?:talk about|roast|make fun of|mock|hate on|rate)|about|for hating|dedicated to) (?:\\w+)|(?:kick|kicked|leave|left|ban|block) (?:\\w+ )?out of (?:the )?(?:group ?chat|gc|group|chat|lunch table)',
      {
        unless: HELP_SEEKING.concat([
          '(?:study|project|homework|revision|team|class) (?:group|chat|gc)',
        ]),
      },
    ],
    [
      'leak_private',
      '(?:leak|leaking|leaked|share|sharing|post|posting|screenshot|screenshotting|spread) (?:\\w+ ){0,2}(?:private|personal|secret|embarrassing|ugly|old|\\w+s)? ?(?:messages|texts|chats|dms|pics|photos|pictures|videos|diary|nudes|secrets?|snaps)(?: (?:to|with|around|in front of) (?:the |everyone|every ?body|the whole|\\w+))?',
      {
        unless: HELP_SEEKING.concat([
          '(?:my|our|the) (?:homework|notes|project|essay|class) ',
          'holiday|vacation|trip|birthday|family|graduation|recipe|sunset|cat|dog|pet',
        ]),
        strength: 'weak',
      },
    ],
    [
      'leak_strong',
      '(?:leak|expose|screenshot and send|forward|spread|post) (?:\\w+s )?(?:private|personal|secret|embarrassing) (?:messages|texts|chats|dms|pics|photos|pictures|videos|secrets?|snaps)|(?:leak|expose|leaking|exposing) (?:\\w+s|her|his|their) (?:messages|texts|chats|dms|nudes|secrets?|address|number)',
    ],
    [
      'victim_names',
      '(?:call|calls|called|calling|keep calling|always call) me (?:names|mean names|fat|ugly|stupid|gay|a (?:\\w+ )?(?:{YOURSELF})|(?:a |an )?(?:\\w+ )?(?:' +
        INSULT +
        ')|the \\w+ word|slurs?|racist \\w+)',
    ],
    [
      'victim_acts',
      '(?:push|pushes|pushed|pushing|shove|shoves|shoved|shoving|trip|trips|tripped|tripping|punch|punches|kick|kicks|hit|hits|spit on|spits on|spat on|laugh at|laughs at|laughing at|make fun of|makes fun of|making fun of|pick on|picks on|picking on|bully|bullies|bullying|exclude|excludes|excluding|ignore|ignores|tease|teases|teasing|harass|harasses|harassing|threaten|threatens|threatening|mock|mocks|mocking|humiliate|humiliates|beat up|beats up|gang up on|ganging up on|gang up|jump|jumped|corner|cornered|steal|steals|stole|throw|throws|threw|record|film|filmed) (?:\\w+ )?(?:me|my (?:stuff|things|lunch|bag|phone|books))(?: (?:around|in the|at|every|all|after|because|for|when|on))?(?! up)',
      {
        unless: HELP_SEEKING.concat([
          '(?:hit|hits) me up',
          '(?:picks?|picking|calls?) on me (?:to|for|in class to) (?:answer|read|present|go first|solve)',
          'hit me with (?:a|the|some|your|ur) (?:song|joke|fact|question|idea)',
          '(?:{GAME})',
          'throw me (?:a|an|the|some) (?:bone|party|question|ball)',
          'record me (?:singing|playing|dancing)',
          'teach|teaches|teaching',
        ]),
      },
    ],
    [
      'being_bullied',
      '(?:im|i am|i m|i get|i got|getting|been|being|i was|ive been|i keep getting|i always get) (?:\\w+ )?(?:bullied|cyberbullied|picked on|harassed|excluded|left out|made fun of|laughed at|teased|mocked|threatened|called names|beaten up|targeted|ganged up on)|(?:nobody|no one|noone) (?:\\w+ )?(?:sits|sit|talks|talk|plays|play|hangs out|hang out|wants to sit|wants to be friends|eats) (?:with|to) me|spread(?:ing|s)? (?:\\w+ )?(?:rumou?rs|lies|gossip|stories) about me|(?:posted|posting|shared|sharing|spread|spreading) (?:a |an |my |some )?(?:\\w+ )?(?:photo|pic|video|picture|screenshot)s? of me',
      {
        unless: [
          ...HELP_SEEKING,
          '(?:would|will|might|could) (?:\\w+ )?be left out',
          'left out (?:of|the) (?:\\w+ )?(?:answer|question|equation|essay|recipe)',
        ],
      },
    ],
  ]),
  ...entries('BULLYING', 'es', { severity: 'MEDIUM' }, [
    [
      'insulto',
      '(?:eres|sos|eres un|eres una|es un|es una|que) (?:\\w+ )?(?:idiota|estupid[oa]|fe[oa]|gord[oa]|perdedor\\w*|imbecil|puta|zorra|subnormal|retrasad[oa]|mongol\\w*|maricon|inutil|asqueros[oa]|tont[oa]|pendej[oa]|gilipollas|basura|fracasad[oa])',
    ],
    [
      'todos_odian',
      '(?:todos|todo el mundo|nadie) te (?:odian|odia|quiere|quieren|soporta|aguanta)|(?:matate|suicidate|muerete)',
    ],
    [
      'victima',
      '(?:se burlan|se rien|se ríen) de mi|me (?:pegan|empujan|insultan|acosan|molestan|excluyen|amenazan)|(?:me hacen|sufro) (?:bullying|acoso)',
    ],
    [
      'rumor',
      '(?:difundir|inventar|esparcir|correr) (?:un |el |unos )?rumor\\w*|(?:burlarme|reirme|reírme) de (?:\\w+)',
    ],
  ]),
  ...entries('BULLYING', 'fr', { severity: 'MEDIUM' }, [
    [
      'insulte',
      '(?:t ?es|tu es|t as|tes|il est|elle est|quelle|quel) (?:\\w+ )?(?:con|conne|debile|moche|grosse|gros lard|nulle|pute|salope|pd|attarde\\w*|idiote?|bouffon\\w*|boloss|cassos|mongol\\w*|abruti\\w*|sale \\w+)',
    ],
    [
      'tout_le_monde',
      '(?:tout le monde|personne ne) t(?:e)? ?(?:deteste|aime|hait|supporte)|(?:va|vas) (?:te )?(?:suicider|crever|pendre|mourir)|suicide ?toi|tue ?toi|creve',
    ],
    [
      'victime',
      '(?:ils|elles|on|tout le monde) (?:se moquent|se moque) de moi|(?:ils|elles|on) me (?:frappent|insultent|harcelent|poussent|frappe|insulte|harcele|rackettent)|(?:je suis|je me fais) (?:\\w+ )?harcel\\w*',
    ],
    [
      'rumeur',
      '(?:lancer|repandre|inventer) (?:une |des )?rumeurs?|(?:me moquer|se moquer) de (?:\\w+)',
    ],
  ]),
  // More targeting: fake accounts, making someone feel worthless, insulting noun phrases, turning a group, mocking identity, humiliating a named peer, ranking looks.
  ...entries('BULLYING', 'en', { severity: 'MEDIUM' }, [
    [
      'fake_account',
      'fake (?:\\w+ )?(?:account|profile|page|insta|instagram|acc|tiktok|snap|email)s? (?:\\w+ ){0,2}(?:to (?:\\w+ ){0,2}(?:mess with|troll|harass|bully|embarrass|humiliate|expose|catfish|spam|stalk|trick|scare|torment|make fun of|hate on|pretend)|of|as|pretending to be|impersonating)',
      { unless: HELP_SEEKING.concat(['spot|scam|scammer|hacked|hack']) },
    ],
    [
      'make_feel',
      '(?:make|made|making|get|getting) (?!my ?self|me )(?:\\w+ ){1,3}(?:feel (?:worthless|stupid|ugly|small|useless|unwanted|alone|fat|dumb|like (?:shit|crap|nothing|trash|garbage|a loser|dirt|an outcast))|hate (?:her|him|them)sel(?:f|ves)|want to (?:die|disappear))',
      { unless: HELP_SEEKING },
    ],
    [
      'insult_np',
      '(?:fat|ugly|stupid|dumb|gross|disgusting|worthless|pathetic|useless|smelly|dirty|weird|retarded|lazy|fugly|nasty) (?:\\w+ )?(?:loser|freak|slut|whore|bitch|retard|idiot|moron|skank|hoe|bastard|cunt|creep|weirdo|failure|reject|clown|dumbass|fatso)|(?:fat|ugly) (?:\\w+ )?(?:pig|cow|whale|hippo)',
      {
        strength: 'weak',
        unless: HELP_SEEKING.concat([
          '(?:i am|im|i m|i was|i feel like|am i|me) (?:such |a |an |so |the |being |like |total |complete )*(?:\\w+ ){0,2}(?:loser|idiot|moron|failure|clown|dumbass|mess|reject|weirdo|creep)|(?:loser|idiot|moron|failure|clown|dumbass|reject|weirdo|creep)(?: \\w+)? (?:i am|im|am i|i was)|my ?self',
          'farm|pet|vet|zoo|guinea|piggy bank|(?:pig|cow|whale|hippo)s? (?:eat|live|weigh|sleep)',
        ]),
      },
    ],
    [
      'turn_group',
      '(?:make|get|turn|convince|help) (?:\\w+ ){1,4}(?:turn|go|gang up) (?:on|against) (?:her|him|them|\\w+)',
      {
        strength: 'weak',
        unless: ['stop|prevent\\w*|report\\w*|why do|what to do|how to help|deal with'],
      },
    ],
    [
      'for_being',
      '(?:humiliat\\w*|mock\\w*|make fun of|laugh at|roast|tease|insult|bully|shame|embarras\\w*|pick on|hate on) (?:\\w+ ){0,4}(?:for being|because (?:she|he|they)(?: s| is| are| re)?) (?:\\w+ )?(?:gay|lesbian|trans|fat|poor|black|brown|asian|jewish|muslim|disabled|autistic|ugly|short|skinny|different|foreign|an immigrant|a refugee|adopted|bi|queer)',
      { unless: HELP_SEEKING },
    ],
    [
      'humiliate_person',
      '(?:humiliat\\w*|embarras\\w*|mock|roast|bully|harass|torment) (?:my|our|this|that|the|his|her) (?:\\w+ )?(?:partner|mate|buddy|roommate|teammate|cousin|neighbou?r|bestie|bff|crush|bf|gf|deskmate|lab partner|ex|stepsister|stepbrother)',
      { unless: HELP_SEEKING },
    ],
    [
      'rank_looks',
      '(?:rank|rate|rating|ranking|list|vote on|score) (?:\\w+ ){0,2}(?:ugliest|fattest|dumbest|weirdest|sluttiest|hottest|sexiest|stupidest|grossest|most annoying|most ugly|least attractive|most attractive|prettiest|cutest|smelliest|poorest) (?:\\w+ ){0,2}(?:girls?|boys?|kids?|people|students?|classmates?|guys|teachers?)',
      { unless: HELP_SEEKING },
    ],
  ]),
  // Spanish mocking and humiliation.
  ...entries('BULLYING', 'es', { severity: 'MEDIUM' }, [
    [
      'burlarse',
      '(?:burl(?:ar|arme|arnos|arse|arte|emos)|reir(?:me|nos|se)|reirnos) (?:de |del )(?:\\w+)|humill(?:ar|arle|arla|arlo|arles)|ridiculiz(?:ar|arle|arla|arlo)|meme (?:\\w+ ){0,3}(?:del gordo|de la gorda|para burlar\\w*)',
      { unless: HELP_SEEKING.concat(['acoso escolar|prevenir|prevencion']) },
    ],
    [
      'nadie_te_quiere',
      '(?:eres|sos) (?:un |una )?(?:inutil|fracasad[oa]|nadie|basura)|nadie te (?:quiere|soporta|aguanta)',
    ],
  ]),
  // French humiliation, making someone cry, cruel messages.
  ...entries('BULLYING', 'fr', { severity: 'MEDIUM' }, [
    [
      'humilier',
      'humili(?:er|e|es|ent) (?:\\w+)|(?:faire|fais|fait|fasse) pleurer (?:\\w+)|(?:messages?|textes?|commentaires?|trucs?|choses?|posts?) (?:\\w+ ){0,2}(?:mechant|mechante|mechants|cruel|cruels|blessant|blessants|humiliant)s?|ridiculiser (?:\\w+)|(?:nulle?|moche|grosse?) (?:personne ne t|tout le monde te)',
      { unless: HELP_SEEKING.concat(['harcelement scolaire|prevenir|prevention']) },
    ],
  ]),
];
