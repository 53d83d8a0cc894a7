/**
 * The plan's chapters, paragraph by paragraph, verbatim from the repaired source text
 * (`source/ningxia-redcross-14th-five-year-plan.zh.txt` with `errata.ts` applied).
 * Every title and paragraph carries this project's English translation as `en` beside `zh`;
 * the terms it uses are listed in `glossary.ts`.
 */
import type { GoalsChapter, GuidingIdeologyChapter, MeasuresChapter, PrinciplesChapter, TasksChapter } from "../model/Plan.ts"
import type { Prose } from "../model/Text.ts"

export const preamble = {
  zh: "为推动“十四五”时期宁夏红十字事业高质量发展，依据《中华人民共和国红十字会法》（以下简称《红十字会法》）《中国红十字事业发展“十四五”规划（2021-2025年）》和《自治区国民经济和社会发展的第十四个五年规划和二〇三五年远景目标纲要》《宁夏回族自治区红十字事业发展规划（2021-2025年）》，制定本规划。",
  en: "To promote the high-quality development of the Red Cross cause in Ningxia during the 14th Five-Year Plan period, this plan is formulated in accordance with the Red Cross Society Law of the People's Republic of China (hereinafter “the Red Cross Society Law”), the Red Cross Society of China 14th Five-Year Development Plan (2021–2025), the Outline of the Region's 14th Five-Year Plan for Economic and Social Development and Long-Range Objectives through 2035, and the Ningxia Hui Autonomous Region Red Cross Development Plan (2021–2025).",
} as const satisfies Prose

export const guidingIdeology = {
  heading: { zh: "指导思想", en: "Guiding ideology" },
  paragraphs: [
    {
      zh: "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，认真落实习近平总书记关于群团工作重要论述和红十字事业发展重要指示精神，深入贯彻落实习近平总书记视察宁夏重要讲话精神，贯彻落实自治区党委十二届十一、十二次全会精神，紧紧围绕自治区党委和政府中心工作，立足新发展阶段，贯彻新发展理念，构建新发展格局，以为国奉献、为民造福为主题，以全面深化改革、推动高质量发展为主线，以重点领域、关键环节为突破，健全体制机制、增强能力实力，聚焦主责主业、提升服务质效，实现高效运转、公开透明，努力建设更具凝聚力、影响力和公信力的红十字组织，为继续建设经济繁荣民族团结环境优美人民富裕的美丽新宁夏作出新的更大贡献。",
      en: "Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, we will thoroughly implement the guiding principles of the 19th National Congress of the Communist Party of China and of the second, third, fourth and fifth plenary sessions of its 19th Central Committee; earnestly implement General Secretary Xi Jinping's important expositions on the work of people's organisations and his important instructions on the development of the Red Cross cause; thoroughly implement the guiding principles of the important speeches General Secretary Xi Jinping delivered during his inspection of Ningxia; and implement the guiding principles of the 11th and 12th plenary sessions of the 12th Regional Party Committee. Focusing closely on the central work of the Regional Party Committee and Government, basing ourselves on the new development stage, applying the new development philosophy and building the new development pattern, we will take serving the country and benefiting the people as our theme, comprehensively deepening reform and promoting high-quality development as our main line, and key areas and crucial links as our points of breakthrough. We will improve institutions and mechanisms, strengthen our capacity and resources, focus on our principal responsibilities and core business, improve the quality and effectiveness of our services, and achieve efficient operation with openness and transparency, striving to build a Red Cross organisation with greater cohesion, influence and public trust and to make new and greater contributions to building a beautiful new Ningxia that is economically prosperous, ethnically united, environmentally beautiful and home to a well-off people.",
    },
  ],
} as const satisfies typeof GuidingIdeologyChapter.Encoded

export const principles = {
  heading: { zh: "基本原则", en: "Basic principles" },
  items: [
    {
      number: 1,
      title: { zh: "坚持党对红十字事业的全面领导", en: "Uphold the Party's overall leadership of the Red Cross cause" },
      body: {
        zh: "自觉接受并紧紧依靠党的领导，把政治建设放在首位，增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚定不移走中国特色红十字事业发展道路，在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。认真履行政治责任，保持和增强政治性、先进性、群众性，更好地承担起引导群众听党话、跟党走的政治任务，把所联系群众最广泛最紧密地团结在党的周围。",
        en: "Consciously accept and firmly rely on the leadership of the Party, put political building first, strengthen the “Four Consciousnesses” (四个意识), firm up the “Four Matters of Confidence” (四个自信) and achieve the “Two Upholds” (两个维护), unswervingly follow the path of developing the Red Cross cause with Chinese characteristics, and stay closely aligned in thinking, politics and action with the Party Central Committee with Comrade Xi Jinping at its core. Earnestly fulfil our political responsibilities, maintain and strengthen our political nature, advanced nature and mass character, better undertake the political task of guiding the public to heed and follow the Party, and unite the people we are connected with most broadly and closely around the Party.",
      },
    },
    {
      number: 2,
      title: { zh: "坚持以人民为中心的发展思想", en: "Uphold people-centred development" },
      body: {
        zh: "牢固树立“人民至上、生命至上”理念，以保护人的生命和健康为宗旨，始终依靠群众、服务群众，把真心关爱群众、满足人民群众的人道需求作为一切工作的出发点和落脚点，扎实做好人道救助，积极开展人道服务，不断在改善最易受损群体的生活境况中发挥独特作用。",
        en: "Firmly establish the philosophy of “people first, life first”, take protecting human life and health as our purpose, always rely on and serve the public, and make genuine care for the public and meeting the people's humanitarian needs the starting point and goal of all our work. Do humanitarian assistance solidly, actively provide humanitarian services, and keep playing a distinctive role in improving the living conditions of the most vulnerable groups.",
      },
    },
    {
      number: 3,
      title: { zh: "坚持依法治会、从严治会", en: "Govern the society by law and with rigour" },
      body: {
        zh: "贯彻习近平法治思想，牢固树立法治理念，自觉运用法治思维、法治方式开展工作，依法履职尽责。严格遵守法律法规和章程，健全制度体系，强化制度执行，加强监督检查，提升治理能力，提高工作的法治化、制度化、规范化水平。",
        en: "Apply Xi Jinping Thought on the Rule of Law, firmly establish the concept of the rule of law, consciously use law-based thinking and methods in our work, and perform our duties in accordance with the law. Strictly observe laws, regulations and our charter, improve the system of rules, strengthen their enforcement, step up supervision and inspection, improve governance capacity, and make our work more law-based, institutionalised and standardised.",
      },
    },
    {
      number: 4,
      title: { zh: "坚持围绕中心、服务大局", en: "Serve the central work and the overall situation" },
      body: {
        zh: "紧紧围绕自治区党委和政府中心工作，聚焦主责主业，突出重点关键，自觉在大局下思考、在大局下行动，找准工作着力点和突破口，充分发挥党和政府在人道领域的助手和联系群众的桥梁纽带作用。",
        en: "Focus closely on the central work of the Regional Party Committee and Government, concentrate on our principal responsibilities and core business, and give prominence to priorities and key points. Consciously think and act in the light of the overall situation, identify where to focus our efforts and where to make breakthroughs, and give full play to our role as an assistant to the Party and the government in the humanitarian field and as a bridge and link between them and the public.",
      },
    },
    {
      number: 5,
      title: { zh: "坚持深化改革、锐意创新", en: "Deepen reform and innovate boldly" },
      body: {
        zh: "完整、准确、全面贯彻新发展理念，把其贯穿红十字事业发展和改革全过程各方面，切实解放思想、转变发展思路，着力实践创新和制度创新，破除思想观念障碍，着力解决体制机制问题，不断增强红十字事业发展的生机活力。",
        en: "Apply the new development philosophy fully, accurately and comprehensively throughout every aspect and the whole process of the development and reform of the Red Cross cause. Genuinely emancipate the mind and change our approach to development, focus on innovation in practice and in institutions, break down ideological barriers, work hard to resolve institutional and systemic problems, and keep increasing the vitality of the Red Cross cause.",
      },
    },
    {
      number: 6,
      title: { zh: "坚持推动高质量发展", en: "Promote high-quality development" },
      body: {
        zh: "立足打基础、补短板、强弱项，夯实红十字事业高质量发展的坚实基础；着眼于拓展红十字事业发展的新领域、新空间，推动红十字事业全面发展。加快形成推动红十字事业高质量发展的指标体系、政策体系、制度体系、评估问效体系，着力破解影响和制约红十字事业发展的瓶颈障碍，努力创造经得起人民群众和历史检验的业绩。",
        en: "Lay foundations, make up for shortcomings and strengthen weak links, so as to consolidate a solid basis for the high-quality development of the Red Cross cause; open up new fields and new space for its development and promote its all-round development. Speed up the creation of the indicator, policy, institutional and evaluation systems that drive the high-quality development of the Red Cross cause, work hard to remove the bottlenecks and obstacles that affect and constrain its development, and strive for achievements that can stand the test of the people and of history.",
      },
    },
  ],
} as const satisfies typeof PrinciplesChapter.Encoded

export const goals = {
  heading: { zh: "发展目标", en: "Development goals" },
  overall: {
    zh: "到 2025 年，把全区红十字系统建设成为组织体系健全，运行机制科学，专业能力突出，更具凝聚力、影响力和公信力的红十字组织。",
    en: "By 2025, build the region's Red Cross system into a Red Cross organisation with a sound organisational system, scientific operating mechanisms and outstanding professional capacity, and with greater cohesion, influence and public trust.",
  },
  subGoals: [
    {
      number: 1,
      title: { zh: "应急救援能力和水平显著提升", en: "Emergency rescue capacity and standards markedly improved" },
      body: {
        zh: "健全自然灾害和突发事件应急响应体系机制，增强快速联动反应和保障能力。加强红十字救援队装备建设和应急演练，提高参与区内外和国际救援能力。地市级和灾害多发的县（区）红十字会至少建立 1 支救援队伍。加强自治区和固原市红十字会救灾物资储备库标准化建设和科学化管理，加强救灾物资储备，优化备灾救灾设施，提升救灾物资保障能力，提升备灾设施标准化建设和管理水平。结合“博爱家园”等项目实施，加强防灾避难场所建设，新建防灾减灾设施 15 个，开展防灾减灾宣传活动 100 场次以上，普及群众 10000 人次。",
        en: "Improve the systems and mechanisms for emergency response to natural disasters and emergencies, and strengthen rapid joint response and support capacity. Step up the equipping of Red Cross rescue teams and emergency drills, and improve the capacity to take part in rescue inside and outside the region and internationally. The Red Cross at prefecture level and in disaster-prone counties (districts) will each establish at least 1 rescue team. Strengthen the standardised construction and scientific management of the disaster-relief supply depots of the Regional and Guyuan City Red Cross societies, increase disaster-relief reserves, optimise disaster preparedness and relief facilities, raise the capacity to supply relief goods, and raise the standard of construction and management of disaster preparedness facilities. Together with Fraternity Homes (博爱家园) and other projects, strengthen the construction of disaster shelters, build 15 new disaster prevention and reduction facilities, hold more than 100 disaster prevention and reduction awareness events, and reach 10,000 person-times of the public.",
      },
    },
    {
      number: 2,
      title: { zh: "群众性应急救护能力进一步增强", en: "Public first-aid capacity further strengthened" },
      body: {
        zh: "到 2025 年，取得应急救护培训证书人员较 2020 年末增加 8 万人，全区取得应急救护培训证书人数占总人口比例不少于 2%，接受救护员培训的中小学教职人员师生比例不少于 1:50，应急救护培训示范基地增加 2 个，红十字应急救护点 45 个，应急救护服务阵地不断完善，现场救护能力显著增强。在公共场所配备 50 台 AED 并进行使用培训。参与自治区重大节会和体育赛事应急救护保障。在区直机关干部职工中广泛开展红十字应急救护知识技能培训。",
        en: "By 2025, the number of people holding a first-aid training certificate will increase by 80,000 people over the end of 2020; people holding a first-aid training certificate will make up no less than 2% of the region's total population; the ratio of primary and secondary school teaching staff trained as first-aiders to students will be no less than 1:50; there will be 2 more first-aid training demonstration bases and 45 Red Cross first-aid stations; first-aid service sites will be continually improved and on-site rescue capacity markedly strengthened. Install 50 AEDs in public places and provide training in their use. Take part in first-aid cover for major regional festivals, conferences and sporting events. Widely provide Red Cross first-aid knowledge and skills training to the cadres and staff of regional government bodies.",
      },
    },
    {
      number: 3,
      title: { zh: "人道救助范围进一步扩大", en: "Humanitarian assistance further extended" },
      body: {
        zh: "全区红十字系统每年募集资金 150 万元，到 2025 年末，全区募捐筹资总额达 750 万元。实施“博爱家园--社区（学校）为本减灾”项目 5 个，援建“博爱卫生室”15 所、“博爱校医室”50 所，救助困难群众 13 万人。对 14 岁以下先天性心脏病、白血病患者做到应助尽助。完善造血干细胞捐献、无偿献血宣传动员机制，新增造血干细胞库容 8000人份，总库容达到 3.7 万人份，力争造血干细胞捐献突破 100 例。加大遗体和人体器官捐献宣传力度，新增遗体和人体器官捐献登记人数 20000 人。",
        en: "The region's Red Cross system will raise CNY 1.5 million every year, and by the end of 2025 the total raised by the region through donations and fundraising will reach CNY 7.5 million. Carry out 5 “Fraternity Homes — community- and school-based disaster reduction” projects, help build 15 “Fraternity Clinics” (博爱卫生室) and 50 “Fraternity School Clinics” (博爱校医室), and assist 130,000 people in hardship. Help every eligible patient under 14 years of age with congenital heart disease or leukaemia. Improve the mechanisms for publicising and mobilising haematopoietic stem-cell donation and voluntary blood donation, add 8,000 donor records to the haematopoietic stem-cell donor registry, bringing its total capacity to 37,000 donor records, and strive to exceed 100 haematopoietic stem-cell donations. Step up publicity for body and organ donation, and increase the number of people registered for body and organ donation by 20,000 people.",
      },
    },
    {
      number: 4,
      title: { zh: "志愿服务活动进一步深入", en: "Volunteer service further deepened" },
      body: {
        zh: "增强对志愿者的感召力和凝聚力，新增注册志愿者 3600 人。发展壮大红十字志愿服务队伍（含赈济救援、搜救救援、医疗救援、心理救援、急救救护培训、造血干细胞捐献、无偿献血、遗体和人体器官捐献），地市级及灾害多发的县（区）红十字会至少成立 1 支志愿服务队。",
        en: "Increase our appeal to and cohesion among volunteers, and add 3,600 registered volunteers. Develop and expand Red Cross volunteer service teams (covering relief and rescue, search and rescue, medical rescue, psychological aid, first-aid training, haematopoietic stem-cell donation, voluntary blood donation, and body and organ donation); the Red Cross at prefecture level and in disaster-prone counties (districts) will each set up at least 1 volunteer service team.",
      },
    },
    {
      number: 5,
      title: { zh: "组织服务体系进一步健全", en: "Organisation and service system further completed" },
      body: {
        zh: "依法推进理顺县级红十字会管理体制，完善组织保障机构，推进基层组织、阵地、工作有效覆盖，新增红十字基层组织 500 个，新增会员 30000 人。",
        en: "Advance, in accordance with the law, the straightening out of the management system of county-level Red Cross societies, improve the bodies that support the organisation, and promote the effective coverage of grassroots organisations, service sites and work; add 500 Red Cross grassroots organisations and 30,000 members.",
      },
    },
    {
      number: 6,
      title: { zh: "对外交流合作进一步拓展", en: "External exchange and cooperation further expanded" },
      body: {
        zh: "积极参与国际红十字运动和对外人道救助活动，密切同国外、港澳红十字会、台湾红十字组织、慈善组织和社团组织机构的交流合作。加强与福建省红十字会和其他省区市红十字会的交流合作，不断加大项目、资金、技术和先进理念的引进力度。",
        en: "Take an active part in the international Red Cross Movement and in humanitarian assistance abroad, and keep close exchanges and cooperation with foreign Red Cross societies, the Hong Kong and Macao Red Cross, the Red Cross organisation in Taiwan, and charitable and other social organisations. Strengthen exchanges and cooperation with the Fujian Provincial Red Cross Society and the Red Cross societies of other provinces, autonomous regions and municipalities, and keep stepping up the introduction of projects, funds, technology and advanced ideas.",
      },
    },
    {
      number: 7,
      title: { zh: "体制机制进一步高效规范", en: "Institutions and mechanisms more efficient and better regulated" },
      body: {
        zh: "尊重基层首创精神，及时总结推广基层的好经验好做法，注重学习运用先进管理理念，推进理论创新、实践创新和制度创新，坚决破除影响红十字事业发展的思想观念障碍。坚持问题导向和目标引领，以各级红十字会改革为契机，转职能、转方式、转作风，推动运行机制和方式方法等方面的改革创新，提高决策科学化水平，建立健全制度机制，完善综合监督体系。",
        en: "Respect the pioneering spirit of the grassroots, promptly sum up and spread good grassroots experience and practices, learn and apply advanced management ideas, promote innovation in theory, practice and institutions, and resolutely break down the ideological barriers that hinder the development of the Red Cross cause. Staying problem-oriented and goal-led, and taking the reform of Red Cross societies at every level as an opportunity, transform functions, methods and work styles, promote reform and innovation in operating mechanisms, methods and approaches, make decision-making more scientific, establish and improve rules and mechanisms, and improve the comprehensive supervision system.",
      },
    },
  ],
} as const satisfies typeof GoalsChapter.Encoded

export const tasks = {
  heading: { zh: "主要任务", en: "Main tasks" },
  intro: {
    zh: "围绕“十四五”发展目标，着力加强基层组织建设，提升人道资源动员能力，加快信息化建设，聚焦紧急救援、应急救护、人道救助等重点工作领域，精心打造“博爱·未来—红十字救在身边”品牌，推动红十字事业高质量发展。",
    en: "Centring on the development goals of the 14th Five-Year Plan period, focus on strengthening grassroots organisations, raise the capacity for humanitarian resource mobilisation, speed up the development of information systems, concentrate on the key areas of emergency rescue, first aid and humanitarian assistance, carefully build the “Bo'ai · Future — Red Cross by Your Side” (博爱·未来—红十字救在身边) brand, and promote the high-quality development of the Red Cross cause.",
  },
  items: [
    {
      number: 1,
      title: {
        zh: "健全应急救援体系，提升备灾救灾水平",
        en: "Improve the emergency rescue system and raise disaster preparedness and relief",
      },
      paragraphs: [
        {
          zh: "加强应急救援能力建设，规范救灾物资管理，提高备灾救灾实力。适应新形势对紧急救援的新要求，主动融入各级政府应急救援体系，落实《自治区应急管理厅自治区红十字会关于建立防灾减灾救灾联动机制的通知》（宁应急〔2019〕88号）精神，整合信息资源，提高防灾减灾救灾领域的整体联动、决策指挥及应急响应能力。在加强中国红十字（宁夏）赈济救援队能力建设的同时，注重培育发展社会救援组织，开展经常性的演练活动，提高紧急状况下的协同救援能力。修订完善自然灾害、突发事件和公共卫生事件应急预案，建立区市县三级红十字会应急救灾协调指挥机构、应急救灾响应机制和防灾减灾联动机制，切实履行备灾救灾和灾后重建职责。建立与专业物流企业的长期合作机制，实现接受社会捐赠物资的快进快出。广泛开展群众性防灾减灾知识宣传普及，提高群众逃生避险的意识和技能。",
          en: "Strengthen emergency rescue capacity, standardise the management of relief supplies, and increase disaster preparedness and relief strength. Adapting to the new requirements that the new situation places on emergency rescue, proactively integrate into the emergency rescue systems of governments at all levels; implement the Notice of the Regional Emergency Management Department and the Regional Red Cross on Establishing a Joint Mechanism for Disaster Prevention, Reduction and Relief (Ning Yingji [2019] No. 88); integrate information resources; and improve overall coordination, decision-making and command, and emergency response in disaster prevention, reduction and relief. While strengthening the capacity of the Red Cross Society of China (Ningxia) Relief and Rescue Team, foster the development of social rescue organisations and hold regular drills to improve coordinated rescue capacity in emergencies. Revise and improve the contingency plans for natural disasters, emergencies and public health incidents; establish emergency disaster-relief coordination and command bodies, emergency disaster-relief response mechanisms and joint disaster prevention and reduction mechanisms of the Red Cross at regional, city and county levels; and fully perform the duties of disaster preparedness, relief and post-disaster reconstruction. Establish long-term cooperation with professional logistics companies so that donated goods go in and out quickly. Widely spread public knowledge of disaster prevention and reduction, and improve the public's awareness of and skills in escaping and avoiding danger.",
        },
      ],
      column: {
        number: 1,
        title: { zh: "红十字应急救援重点项目", en: "Key Red Cross emergency rescue projects" },
        projects: [
          {
            number: 1,
            title: { zh: "应急预案", en: "Contingency plans" },
            items: [
              {
                number: 1,
                text: {
                  zh: "自治区红十字会应急预案。修订《宁夏红十字会自然灾害应急预案》，实施《宁夏红十字会参与应对突发公共卫生事件应急预案》，加强预案的培训及实战演练。",
                  en: "Contingency plans of the Regional Red Cross. Revise the Ningxia Red Cross Natural Disaster Contingency Plan, implement the Ningxia Red Cross Contingency Plan for Public Health Emergencies, and strengthen training and live drills on the plans.",
                },
              },
              {
                number: 2,
                text: {
                  zh: "地市级红十字会应急预案。根据自治区红十字会应急预案，结合本地实际制定完善地级市红十字会相关应急预案，加强预案培训和演练，提升应急救援能力和效率。",
                  en: "Contingency plans of prefecture-level Red Cross societies. On the basis of the Regional Red Cross contingency plans and local conditions, draw up and improve the relevant contingency plans of the Red Cross in prefecture-level cities, strengthen training and drills on the plans, and improve the capacity and efficiency of emergency rescue.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "应急救援队伍建设", en: "Emergency rescue teams" },
            items: [
              {
                number: 3,
                text: {
                  zh: "国家级红十字应急救援队。按照中国红十字会关于国家级红十字应急救援队建设的要求，做好中国红十字（宁夏）赈济救援队培训和演练，提高装备和保障水平，优化救援队员选拔、培训和激励机制。",
                  en: "National-level Red Cross emergency rescue team. In line with the requirements of the Red Cross Society of China for national-level Red Cross emergency rescue teams, train and drill the Red Cross Society of China (Ningxia) Relief and Rescue Team well, improve its equipment and support, and optimise the selection, training and incentives of its members.",
                },
              },
              {
                number: 4,
                text: {
                  zh: "市县级红十字应急救援队。优化救援队结构布局，每个地级市和灾害多发的县（区）红十字会至少建立 1 支救援队伍，健全救援队日常训练和救灾演练制度，完善保障和激励机制。",
                  en: "City and county Red Cross emergency rescue teams. Optimise the structure and distribution of rescue teams; the Red Cross in every prefecture-level city and every disaster-prone county (district) will establish at least 1 rescue team; improve the rules for rescue teams' routine training and disaster-relief drills, and improve support and incentive mechanisms.",
                },
              },
              {
                number: 5,
                text: {
                  zh: "应急演练。各级各类应急救援队每年至少组织一次应急救援演练，加强灾情收集和研判、应急响应推演、指挥决策优化、应急资源配置调动、部门和区域配合协调等训练，提高救援实战能力。",
                  en: "Emergency drills. Emergency rescue teams of every level and type will hold at least one emergency rescue drill every year and step up training in gathering and assessing disaster information, rehearsing emergency responses, optimising command decisions, allocating and deploying emergency resources, and coordination between departments and areas, to improve their real-world rescue capacity.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "备灾体系建设", en: "Disaster preparedness system" },
            items: [
              {
                number: 6,
                text: {
                  zh: "红十字备灾体系建设。加强自治区和固原市红十字救灾物资储备库标准化建设和科学化管理，加强救灾物资储备，优化备灾救灾设施，提升救灾物资保障能力，提升备灾设施标准化建设和管理水平。争取地级市和有条件的县级红十字会建立救灾物资储备库。加强应急避难场所建设，新建防灾减灾设施 15 个，开展防灾减灾宣传活动 100 场次以上，普及群众 10000 人次。",
                  en: "Red Cross disaster preparedness system. Strengthen the standardised construction and scientific management of the Red Cross disaster-relief supply depots of the autonomous region and of Guyuan City, increase disaster-relief reserves, optimise disaster preparedness and relief facilities, raise the capacity to supply relief goods, and raise the standard of construction and management of disaster preparedness facilities. Seek to have prefecture-level cities and county-level Red Cross societies with the means establish disaster-relief supply depots. Strengthen the construction of emergency shelters, build 15 new disaster prevention and reduction facilities, hold more than 100 disaster prevention and reduction awareness events, and reach 10,000 person-times of the public.",
                },
              },
              {
                number: 7,
                text: {
                  zh: "应急物流管理。健全完善应急物流管理制度，加强与物流企业合作，优化物资储备、运输管理，推进信息化管理，完善保障措施，提高应急反应速度和规范化管理水平。",
                  en: "Emergency logistics management. Improve the rules for emergency logistics management, strengthen cooperation with logistics companies, optimise the storage and transport of supplies, promote computerised management, improve support measures, and raise the speed of emergency response and the standard of management.",
                },
              },
            ],
          },
          {
            number: 4,
            title: { zh: "应急救援信息化建设", en: "Emergency rescue information systems" },
            items: [
              {
                number: 8,
                text: {
                  zh: "应急指挥调度系统。建立区市县三级红十字会应急救援协调指挥机构、应急救援响应机制和防灾减灾联动机制，切实履行备灾救灾和灾后重建职责。强化全区红十字系统报灾、救灾、救援队、物资仓储等调度指挥信息化管理。",
                  en: "Emergency command and dispatch system. Establish emergency rescue coordination and command bodies, emergency rescue response mechanisms and joint disaster prevention and reduction mechanisms of the Red Cross at regional, city and county levels, and fully perform the duties of disaster preparedness, relief and post-disaster reconstruction. Strengthen the computerised management of dispatch and command for disaster reporting, disaster relief, rescue teams and the warehousing of supplies across the region's Red Cross system.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 2,
      title: {
        zh: "助力健康宁夏建设，切实提升群众现场救护意识和能力",
        en: "Support a Healthy Ningxia and raise the public's on-site first-aid awareness and skills",
      },
      paragraphs: [
        {
          zh: "围绕健康宁夏建设，打造“红十字救在身边——应急救护”品牌。以普及应急救护知识和技能为基础，以应急救护师资和救护员队伍为骨干，以易发伤害行业、领域和公共场所为重点，以应急救护服务阵地建设为依托，全面实施“红十字救在身边”行动，充分发挥群众性应急救护培训主体作用，有效提升公众应急救护知识技能普及程度，不断发展壮大红十字救护员队伍，力争将红十字应急救护培训纳入政府购买服务范畴。按照“一村一社区一师资”的标准，培养壮大应急救护培训师资队伍。采取多种形式向公众宣传普及应急救护知识和技能，推进红十字救护培训进社区、进农村、进学校、进企业、进机关。加大在学校和机关的培训力度，落实《自治区红十字会自治区教育厅关于深入开展红十字应急救护培训活动的通知》（宁红会字〔2019〕45号）、《自治区红十字会自治区直属机关精神文明建设指导委员会办公室关于在区直机关普及红十字应急救护知识技能的通知》（宁红会字〔2019〕63号）《自治区红十字会关于进一步推进红十字应急救护培训工作的指导意见》（宁红会字〔2021〕4号）要求，加大培训力度；各市、县（区）红十字会要扩大应急救护培训在学校、机关中的覆盖面，推动应急救护培训向纵深发展。积极推广“红“掌上急救”和急救远程教育，加强新媒体新技术在急救培训中的运用，扩大宣传、受训领域和人群。探索社会化急救培训模式，打造稳定的专业急救培训师资队伍。联合自治区卫健委、总工会办好全区红十字急救技能大赛。在自治区和市级红十字会建设集人道理念传播、灾害体验、逃生避险、理论培训、实操教学为一体的急救培训基地，不断提高急救知识和技能的普及率。",
          en: "Centring on the building of a Healthy Ningxia, build the “Red Cross by Your Side — First Aid” (红十字救在身边——应急救护) brand. Taking the spread of first-aid knowledge and skills as the foundation, first-aid trainers and first-aiders as the backbone, injury-prone industries, sectors and public places as the focus, and the building of first-aid service sites as the support, fully carry out the “Red Cross by Your Side” campaign, give full play to the leading role in public first-aid training, effectively raise the public's command of first-aid knowledge and skills, keep expanding the corps of Red Cross first-aiders, and strive to have Red Cross first-aid training included in government purchase of services. Following the standard of “one first-aid trainer for every village and every community” (一村一社区一师资), train and expand the corps of first-aid trainers. Spread first-aid knowledge and skills to the public in many forms, and take Red Cross first-aid training into communities, villages, schools, enterprises and government bodies. Step up training in schools and government bodies by implementing the requirements of the Notice of the Regional Red Cross and the Regional Education Department on Further Carrying Out Red Cross First-Aid Training (Ning Hong Hui Zi [2019] No. 45), the Notice of the Regional Red Cross and the Office of the Guiding Committee for Spiritual Civilisation Building of the Regional Government Bodies on Spreading Red Cross First-Aid Knowledge and Skills in Regional Government Bodies (Ning Hong Hui Zi [2019] No. 63) and the Guiding Opinions of the Regional Red Cross on Further Advancing Red Cross First-Aid Training (Ning Hong Hui Zi [2021] No. 4); the Red Cross of every city and county (district) shall extend the coverage of first-aid training in schools and government bodies and take first-aid training further in depth. Actively promote the Red Cross “Pocket First Aid” (掌上急救) service and distance learning in first aid, make more use of new media and new technologies in first-aid training, and widen publicity and the fields and groups trained. Explore socialised models of first-aid training and build a stable corps of professional first-aid trainers. Hold the regional Red Cross first-aid skills contest together with the Regional Health Commission and the Regional Federation of Trade Unions. At the regional and city Red Cross, build first-aid training bases that combine spreading humanitarian values, disaster experience, escape and danger avoidance, theoretical training and hands-on teaching, and keep raising the spread of first-aid knowledge and skills.",
        },
      ],
      column: {
        number: 2,
        title: { zh: "红十字急救重点项目", en: "Key Red Cross first-aid projects" },
        projects: [
          {
            number: 1,
            title: { zh: "急救知识普及行动", en: "First-aid knowledge outreach" },
            items: [
              {
                number: 1,
                text: {
                  zh: "加大急救科普宣教普及力度，大力推动红十字急救知识“五进”，积极倡导“人人学急救、急救为人人”的社会风尚，不断提升公众自救互救意识和能力。取得急救培训证书人员较 2020 年末增加 8 万人，全区取得急救培训证书人数占总人口比例不少于 2%，接受救护员培训的中小学教职人员师生比例不少于 1：50。",
                  en: "Step up popular science education on first aid, vigorously promote taking Red Cross first-aid knowledge into the “five settings” (五进), actively advocate the social ethos of “everyone learns first aid, first aid for everyone”, and keep raising the public's awareness of and ability in self-rescue and mutual rescue. The number of people holding a first-aid training certificate will increase by 80,000 people over the end of 2020; people holding a first-aid training certificate will make up no less than 2% of the region's total population; and the ratio of primary and secondary school teaching staff trained as first-aiders to students will be no less than 1:50.",
                },
              },
              {
                number: 2,
                text: {
                  zh: "参与自治区重大节会和体育赛事急救保障。",
                  en: "Take part in first-aid cover for major regional festivals, conferences and sporting events.",
                },
              },
              {
                number: 3,
                text: {
                  zh: "在区直机关干部职工中广泛开展红十字急救知识技能培训。",
                  en: "Widely provide Red Cross first-aid knowledge and skills training to the cadres and staff of regional government bodies.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "急救服务阵地建设", en: "First-aid service sites" },
            items: [
              {
                number: 4,
                text: {
                  zh: "急救培训示范基地新增 2 个，红十字急救点新增 45 个，急救服务阵地不断完善，现场救护能力显著增强。发挥其安全体验、救护培训、科普宣教、教学实践等综合示范功能。",
                  en: "Add 2 first-aid training demonstration bases and 45 Red Cross first-aid stations; first-aid service sites will be continually improved and on-site rescue capacity markedly strengthened. Give full play to their combined demonstration functions of safety experience, first-aid training, popular science education and teaching practice.",
                },
              },
              {
                number: 5,
                text: {
                  zh: "在公共场所配备 50 台 AED 并进行使用培训。",
                  en: "Install 50 AEDs in public places and provide training in their use.",
                },
              },
              {
                number: 6,
                text: {
                  zh: "因地制宜建好管用好用旅游景区红十字救护站、博爱校医室等，切实发挥作用。",
                  en: "Build, manage and use Red Cross first-aid posts in tourist sites, Fraternity School Clinics and the like in ways suited to local conditions, so that they genuinely play their role.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "应急救护志愿服务队伍建设", en: "First-aid volunteer service teams" },
            items: [
              {
                number: 7,
                text: {
                  zh: "开展救护师资星级评定，完善考核与激励机制，培育优秀师资团队。",
                  en: "Introduce star ratings for first-aid trainers, improve assessment and incentive mechanisms, and foster excellent teams of trainers.",
                },
              },
              {
                number: 8,
                text: {
                  zh: "按照“阵地+救护员”模式组建志愿服务队伍。推广救护培训与志愿服务注册相结合，积极发展救护志愿者，加强工作指导并记录服务开展情况。",
                  en: "Form volunteer service teams on the “site plus first-aider” (阵地+救护员) model. Promote combining first-aid training with volunteer registration, actively recruit first-aid volunteers, strengthen guidance of their work and keep records of the services they provide.",
                },
              },
              {
                number: 9,
                text: {
                  zh: "实现红十字应急救护志愿服务队全员培训，增强现场救护能力。",
                  en: "Train every member of the Red Cross first-aid volunteer service teams to strengthen on-site rescue capacity.",
                },
              },
              {
                number: 10,
                text: {
                  zh: "加强应急救护演练和实战，每 2 年举办一次全区红十字应急救护技能大赛，积极参与自治区重大节会和体育赛事应急救护保障。",
                  en: "Strengthen first-aid drills and real-world practice, hold one regional Red Cross first-aid skills contest every 2 years, and take an active part in first-aid cover for major regional festivals, conferences and sporting events.",
                },
              },
              {
                number: 11,
                text: {
                  zh: "加大对优秀救护员、救护师资宣传表彰力度，树立一批示范典型。",
                  en: "Give greater publicity and commendation to outstanding first-aiders and first-aid trainers, and hold up a number of exemplary models.",
                },
              },
            ],
          },
          {
            number: 4,
            title: { zh: "救护培训信息化建设", en: "First-aid training information systems" },
            items: [
              {
                number: 12,
                text: {
                  zh: "按照中国红十字会开发的应急救护综合信息服务平台，建立救护师资数据库、救护员数据库，实现师资和救护员信息化管理。",
                  en: "Using the integrated first-aid information service platform developed by the Red Cross Society of China, build a first-aid trainer database and a first-aider database, so that trainers and first-aiders are managed electronically.",
                },
              },
              {
                number: 13,
                text: {
                  zh: "按照中国红十字会“网上培训”安排，实施学员网上报名、在线学习、理论测试、网上取证，进一步提高应急救护培训的普及性和便捷性。",
                  en: "In line with the Red Cross Society of China's arrangements for “online training”, let trainees register, study, take theory tests and obtain certificates online, making first-aid training more widely available and more convenient.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 3,
      title: {
        zh: "大力实施人道救助工程，助力保障改善民生",
        en: "Carry out humanitarian assistance programmes to protect and improve livelihoods",
      },
      paragraphs: [
        {
          zh: "聚焦关爱生命与健康，精心打造“博爱·未来—红十字救在身边”品牌。大力开展造血干细胞捐献、遗体和人体器官（眼角膜）捐献、无偿献血宣传动员工作，营造良好社会捐献氛围。培育“红十字救在身边——爱心骨髓”品牌，扩大有效库容量，结合造血干细胞捐献，积极参与推动无偿献血工作。培育“红十字救在身边——生命接力”品牌，推动遗体和人体器官捐献法规制度建设，不断提高工作法制化、专业化、规范化水平。继续实施以救助重大疾病和罕见病患儿为主要内容的“红十字天使计划”。持续组织开展“红十字博爱送万家”活动。探索开展“红十字助老行动”，拓展参与养老服务工作的有效形式。",
          en: "Focusing on caring for life and health, carefully build the “Bo'ai · Future — Red Cross by Your Side” brand. Vigorously publicise and mobilise for haematopoietic stem-cell donation, body and organ (cornea) donation and voluntary blood donation, and foster a good social atmosphere for donation. Develop the “Red Cross by Your Side — Marrow of Love” (红十字救在身边——爱心骨髓) brand, expand the effective capacity of the registry, and, together with haematopoietic stem-cell donation, actively help promote voluntary blood donation. Develop the “Red Cross by Your Side — Relay of Life” (红十字救在身边——生命接力) brand, promote laws, regulations and rules on body and organ donation, and keep making the work more law-based, professional and standardised. Continue the Red Cross Angel Programme (红十字天使计划), whose main content is assisting children with serious and rare diseases. Keep organising the “Red Cross Fraternity to Ten Thousand Homes” (红十字博爱送万家) campaign. Explore a “Red Cross Elderly Care Initiative” (红十字助老行动), and expand effective ways of taking part in elderly care services.",
        },
      ],
      column: {
        number: 3,
        title: { zh: "红十字人道救助和人道服务重点项目", en: "Key Red Cross humanitarian assistance and service projects" },
        projects: [
          {
            number: 1,
            title: { zh: "造血干细胞捐献与无偿献血推动", en: "Haematopoietic stem-cell donation and voluntary blood donation" },
            items: [
              {
                number: 1,
                text: {
                  zh: "开展造血干细胞捐献宣传动员工作，规范捐献服务管理，提高捐献成功率。到2025年，新增造血干细胞库容8000人份，全区造血干细胞捐献者资料库总库容达到3.7万人份，力争造血干细胞捐献突破100例。",
                  en: "Publicise and mobilise for haematopoietic stem-cell donation, standardise donation services and their management, and raise the success rate of donation. By 2025, add 8,000 donor records to the haematopoietic stem-cell donor registry, bringing the total capacity of the region's haematopoietic stem-cell donor registry to 37,000 donor records, and strive to exceed 100 haematopoietic stem-cell donations.",
                },
              },
              {
                number: 2,
                text: {
                  zh: "发展造血干细胞捐献与无偿献血志愿者队伍，地级市红十字会至少成立一支造血干细胞捐献与无偿献血志愿服务队伍。",
                  en: "Develop volunteer teams for haematopoietic stem-cell donation and voluntary blood donation; the Red Cross of each prefecture-level city will set up at least one volunteer service team for haematopoietic stem-cell donation and voluntary blood donation.",
                },
              },
              {
                number: 3,
                text: {
                  zh: "开展无偿献血宣传推动和表彰奖励工作，增强公众参与无偿献血的自觉性。",
                  en: "Publicise and promote voluntary blood donation and commend and reward donors, making the public more willing to take part in voluntary blood donation.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "遗体和人体器官捐献", en: "Body and organ donation" },
            items: [
              {
                number: 4,
                text: {
                  zh: "开展遗体和人体器官（角膜）捐献宣传动员工作，每年开展缅怀纪念活动，在全社会倡导“自愿无偿、高尚利他”的捐献理念。",
                  en: "Publicise and mobilise for body and organ (cornea) donation, hold memorial events every year, and advocate throughout society the donation ideal of “voluntary, unpaid, noble and altruistic”.",
                },
              },
              {
                number: 5,
                text: {
                  zh: "落实《人体器官捐献登记管理办法》，新增人体器官捐献志愿登记人数20000人。",
                  en: "Implement the Measures for the Registration of Human Organ Donation, and add 20,000 people registered as volunteers for human organ donation.",
                },
              },
              {
                number: 6,
                text: {
                  zh: "落实《人体器官捐献协调员管理办法》，加强人体器官捐献医疗机构志愿者队伍建设和红十字会协调员队伍建设，做好捐献见证服务工作。",
                  en: "Implement the Measures for the Management of Human Organ Donation Coordinators, strengthen the volunteer teams of medical institutions for human organ donation and the Red Cross's corps of coordinators, and provide witnessing services for donations.",
                },
              },
              {
                number: 7,
                text: { zh: "加强和规范遗体捐献管理工作。", en: "Strengthen and standardise the management of body donation." },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "红十字天使计划", en: "Red Cross Angel Programme" },
            items: [
              {
                number: 8,
                text: {
                  zh: "继续实施以救助先心病和白血病患儿为主要内容的“红十字天使计划”，到2025年救助人数达到400人。",
                  en: "Continue the Red Cross Angel Programme, whose main content is assisting children with congenital heart disease and leukaemia, bringing the number of people assisted to 400 people by 2025.",
                },
              },
              {
                number: 9,
                text: { zh: "积极探索罕见病患者救助方式。", en: "Actively explore ways of assisting patients with rare diseases." },
              },
            ],
          },
          {
            number: 4,
            title: { zh: "红十字博爱送万家", en: "Red Cross Fraternity to Ten Thousand Homes" },
            items: [
              {
                number: 10,
                text: {
                  zh: "面向城乡困难群体，持续组织“红十字博爱送万家”等帮扶活动，“十四五”期间新增受益人数 13 万人。",
                  en: "Keep organising Red Cross Fraternity to Ten Thousand Homes and other assistance campaigns for people in hardship in urban and rural areas, increasing the number of beneficiaries by 130,000 people during the 14th Five-Year Plan period.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 4,
      title: { zh: "强化筹资动员能力，提高规范化管理水平", en: "Strengthen resource mobilisation and standardise management" },
      paragraphs: [
        {
          zh: "立足法定职责，围绕“三救三献”主责主业，强化筹资意识，创新筹资方式，拓宽筹资渠道，做好捐赠人维护，策划和培育一批有影响力的筹资品牌项目和活动，探索建立稳定增长的筹资机制，发展固定捐赠人，不断增强人道救助实力。健全资金运行机制，管好用好募捐资金，做到资金募集、财务管理、招标采购、分配使用等捐赠信息公开透明，自觉接受纪检监察、审计、民政、社会公众和新闻媒体的监督。积极运用互联网开展筹资，精心组织实施“99 公益日”“公益厨房”等筹资、帮扶项目，提升互联网筹资水平。培育壮大宁夏红十字基金会，增强人道资源动员和人道救助能力。争取党委和政府红十字会开展工作给予支持和资助，为红十字会依法履职提供必要保障。加强上级红十字会对下级红十字会的业务指导和监督检查，力争各级红十字会全部完成年度审计公开和重大项目的审计公开。",
          en: "Based on our statutory duties and centring on our principal responsibilities and core business of the “Three Rescues and Three Donations” (三救三献), strengthen awareness of fundraising, innovate fundraising methods, broaden fundraising channels, look after donors, plan and develop a number of influential flagship fundraising projects and events, explore a fundraising mechanism with steady growth, build up regular donors, and keep strengthening our humanitarian assistance capacity. Improve the mechanisms by which funds are run, manage and use donated funds well, make donation information on fundraising, financial management, tendering and procurement, and allocation and use open and transparent, and consciously accept the supervision of discipline inspection and supervision bodies, auditors, civil affairs authorities, the public and the news media. Make active use of the internet for fundraising, carefully organise fundraising and assistance projects such as “99 Giving Day” (99 公益日) and “Charity Kitchen” (公益厨房), and raise the standard of online fundraising. Develop and strengthen the Ningxia Red Cross Foundation to increase its capacity for humanitarian resource mobilisation and humanitarian assistance. Seek support and funding from the Party committees and governments for the work of the Red Cross, so that the Red Cross has the necessary guarantees to perform its duties by law. Strengthen business guidance, supervision and inspection by higher-level Red Cross societies of lower-level ones, and strive for Red Cross societies at every level all to publish their annual audits and the audits of major projects.",
        },
      ],
      column: {
        number: 4,
        title: { zh: "红十字人道资源动员重点项目", en: "Key Red Cross humanitarian resource mobilisation projects" },
        projects: [
          {
            number: 1,
            title: { zh: "“博爱通”捐赠平台推广和使用", en: "Promoting and using the Bo'ai Tong (博爱通) donation platform" },
            items: [
              {
                number: 1,
                text: {
                  zh: "按照中国红十字会统一部署，推广和使用中国红十字会开发的“博爱通”捐献平台，实现捐赠工作高效规范、数据及时准确、信息公开透明。",
                  en: "In line with the unified arrangements of the Red Cross Society of China, promote and use the Bo'ai Tong donation platform developed by the Red Cross Society of China, making donation work efficient and standardised, data timely and accurate, and information open and transparent.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "人道资源动员", en: "Humanitarian resource mobilisation" },
            items: [
              {
                number: 2,
                text: {
                  zh: "充分发挥宁夏红十字会筹资主渠道作用，开展多种形式的人道救助活动。",
                  en: "Give full play to the Ningxia Red Cross as the main channel for fundraising, and carry out humanitarian assistance activities in many forms.",
                },
              },
              {
                number: 3,
                text: {
                  zh: "积极参与“99 公益日”筹资活动，提高全区红十字系统筹资能力与水平。",
                  en: "Take an active part in the “99 Giving Day” fundraising campaign, to raise the fundraising capacity and standard of the region's Red Cross system.",
                },
              },
              {
                number: 4,
                text: {
                  zh: "聚焦“三救三献”开展互联网众筹，实现核心业务有关项目线上众筹。",
                  en: "Run online crowdfunding focused on the “Three Rescues and Three Donations”, bringing projects of the core business onto online crowdfunding.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "策划并实施筹资项目", en: "Designing and running fundraising projects" },
            items: [
              {
                number: 5,
                text: {
                  zh: "围绕“博爱·未来-红十字救在身边”“博爱家园”等，策划和培育一批有影响力的筹资项目和活动。",
                  en: "Around “Bo'ai · Future — Red Cross by Your Side”, Fraternity Homes and other programmes, plan and develop a number of influential fundraising projects and events.",
                },
              },
            ],
          },
          {
            number: 4,
            title: { zh: "争取政府资金支持", en: "Seeking government funding" },
            items: [
              {
                number: 6,
                text: {
                  zh: "争取财政拨款支持，争取以彩票公益金等形式支持红十字会开展“三救三献”有关项目。",
                  en: "Seek financial appropriations, and seek support in such forms as lottery public-welfare funds for Red Cross projects related to the “Three Rescues and Three Donations”.",
                },
              },
            ],
          },
          {
            number: 5,
            title: { zh: "财务管理标准化、规范化建设", en: "Standardised financial management" },
            items: [
              {
                number: 7,
                text: {
                  zh: "各级红十字会全面依法开展年度审计和重大项目审计，推进审计公开。",
                  en: "Red Cross societies at every level will carry out annual audits and audits of major projects fully in accordance with the law, and promote the publication of audits.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 5,
      title: {
        zh: "健全组织体系，增强联系和服务群众能力",
        en: "Improve the organisational system and strengthen ties with and service to the public",
      },
      paragraphs: [
        {
          zh: "持续推进县级红十字会理顺管理体制，建立健全新型治理结构。落实自治区红十字会、文明办、教育厅、民政厅、人社厅、卫健委、应急管理厅等单位联合印发的《关于进一步加强红十字会基层组织建设的意见》（宁红会字〔2020〕137号）要求，大力加强企业、社区、医院、学校等红十字会基层组织建设，发展壮大会员、志愿者队伍，加强会员、志愿者培训，强化激励、管理、服务等工作，打造志愿服务重点项目，充分发挥会员、志愿者在红十字工作中的主体作用。强化阵地服务功能，建好用好“博爱家园”“红十字救护站”“生命健康安全体验馆”等基层阵地，打造联系、服务群众的重要平台。助力乡村振兴战略、融入城乡社区治理，推动服务群众项目下沉基层，实现组织、阵地、工作全覆盖，打造群众身边的红十字会。",
          en: "Continue straightening out the management system of county-level Red Cross societies, and establish and improve a new governance structure. Implement the requirements of the Opinions on Further Strengthening Red Cross Grassroots Organisations (Ning Hong Hui Zi [2020] No. 137), issued jointly by the Regional Red Cross, the Spiritual Civilisation Office, the Education Department, the Civil Affairs Department, the Human Resources and Social Security Department, the Health Commission, the Emergency Management Department and other bodies; vigorously strengthen Red Cross grassroots organisations in enterprises, communities, hospitals, schools and elsewhere; develop and expand the ranks of members and volunteers, strengthen their training, and step up incentives, management and services; build key volunteer service projects; and give full play to members and volunteers as the main force in Red Cross work. Strengthen the service functions of sites, build and make good use of grassroots sites such as “Fraternity Homes”, “Red Cross first-aid posts” and “Life, Health and Safety Experience Centres”, and make them important platforms for connecting with and serving the public. Support the rural revitalisation strategy, integrate into urban and rural community governance, bring projects that serve the public down to the grassroots, achieve full coverage of organisations, sites and work, and build a Red Cross close to the people.",
        },
      ],
      column: {
        number: 5,
        title: { zh: "组织体系建设重点项目", en: "Key organisational system projects" },
        projects: [
          {
            number: 1,
            title: { zh: "理顺管理体制", en: "Straightening out the management system" },
            items: [
              {
                number: 1,
                text: {
                  zh: "推进沙坡头区理顺红十字会管理体制，实现我区县级红十字会管理体制全部理顺。",
                  en: "Advance the straightening out of the Red Cross management system in Shapotou District, so that the management systems of all county-level Red Cross societies in the region are straightened out.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "依法设立监事会", en: "Establishing supervisory boards by law" },
            items: [
              {
                number: 2,
                text: {
                  zh: "推进县级以上红十字会依法依规按期换届，依法设立监事会。",
                  en: "Ensure that Red Cross societies at and above county level hold general elections on schedule in accordance with laws and rules, and establish supervisory boards by law.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "红十字会干部培训", en: "Training Red Cross cadres" },
            items: [
              {
                number: 3,
                text: {
                  zh: "对全系统干部分层次开展培训，提高干部能力素质。",
                  en: "Train cadres throughout the system at different levels to raise their abilities and qualities.",
                },
              },
            ],
          },
          {
            number: 4,
            title: { zh: "基层组织", en: "Grassroots organisations" },
            items: [
              {
                number: 4,
                text: {
                  zh: "按照“五有”标准，在乡镇（街道）、社区、学校、医院、企事业单位等积极发展红十字基层组织，“十四五”期间新增基层组织 500 个。",
                  en: "Following the “Five Haves” (五有) standard, actively develop Red Cross grassroots organisations in townships (subdistricts), communities, schools, hospitals, enterprises, public institutions and elsewhere, adding 500 grassroots organisations during the 14th Five-Year Plan period.",
                },
              },
            ],
          },
          {
            number: 5,
            title: { zh: "会员", en: "Members" },
            items: [
              {
                number: 5,
                text: {
                  zh: "发展壮大会员队伍，优化会员队伍结构，“十四五”期间新增会员 30000 人。",
                  en: "Develop and expand the membership and optimise its structure, adding 30,000 members during the 14th Five-Year Plan period.",
                },
              },
            ],
          },
          {
            number: 6,
            title: { zh: "志愿者和志愿服务组织", en: "Volunteers and volunteer service organisations" },
            items: [
              {
                number: 6,
                text: {
                  zh: "加强志愿者招募与管理，完善志愿者激励机制；按专业分领域建设志愿者队伍，加强培训、服务与管理；对优秀红十字志愿者和志愿服务组织予以宣传和表彰；“十四五”期间新增注册志愿者人数 3600 人。",
                  en: "Strengthen the recruitment and management of volunteers and improve incentives for them; build volunteer teams by specialism and field and strengthen their training, services and management; publicise and commend outstanding Red Cross volunteers and volunteer service organisations; and add 3,600 registered volunteers during the 14th Five-Year Plan period.",
                },
              },
            ],
          },
          {
            number: 7,
            title: { zh: "博爱家园", en: "Fraternity Homes" },
            items: [
              {
                number: 7,
                text: {
                  zh: "“十四五”时期实施博爱家园项目 5 个。开展城市博爱家园示范点建设工作，推进组织、阵地、工作有效覆盖，积极参与社区治理、服务社区群众、助力社区发展。",
                  en: "Carry out 5 Fraternity Homes projects during the 14th Five-Year Plan period. Build urban Fraternity Homes demonstration sites, promote the effective coverage of organisations, sites and work, and take an active part in community governance, serving community residents and supporting community development.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 6,
      title: {
        zh: "加强红十字宣传工作，弘扬社会主义核心价值观",
        en: "Strengthen Red Cross communication and promote the core socialist values",
      },
      paragraphs: [
        {
          zh: "建立全系统、全方位的宣传格局。落实党中央决策部署，围绕自治区党委和政府工作大局开展主题宣传活动。坚持业务工作与宣传工作同步谋划、同步推进。结合红十字会主责主业和重点工作，充分利用各级各类媒体，精心策划，大力宣传红十字事业发展成就，宣传先进典型和感人故事。加强内容建设和方式创新，拓展社会化、开放式宣传渠道，深化对社会主义核心价值观和红十字精神的融合阐释，打造上下联动的“博爱·未来”品牌宣传项目。加强宣传思想队伍建设，做好系统宣传力量的统筹，推动构建“大宣传”工作格局。推进红十字青少年工作进校园，传播红十字运动知识，倡导健康行为与生活方式。",
          en: "Build a communication framework that covers the whole system and every aspect. Implement the decisions and arrangements of the Party Central Committee, and carry out themed publicity around the overall work of the Regional Party Committee and Government. Plan and advance business work and communication work together. In line with the Red Cross's principal responsibilities and core business and its key work, make full use of media of every level and type, plan carefully, and vigorously publicise the achievements of the Red Cross cause, exemplary models and moving stories. Strengthen content and innovate methods, open up socialised and open communication channels, deepen the integrated interpretation of the core socialist values and the Red Cross spirit, and build the “Bo'ai · Future” (博爱·未来) brand communication project with coordinated action from top to bottom. Strengthen the communication workforce, coordinate communication resources across the system, and promote a framework of “broad communication”. Take Red Cross Youth work into schools, spread knowledge of the Red Cross Movement, and advocate healthy behaviour and lifestyles.",
        },
      ],
      column: {
        number: 6,
        title: { zh: "红十字宣传和文化传播重点项目", en: "Key Red Cross communication and cultural outreach projects" },
        projects: [
          {
            number: 1,
            title: { zh: "红十字宣传工作", en: "Red Cross communication" },
            items: [
              {
                number: 1,
                text: {
                  zh: "落实党委和政府的决策部署，围绕党委和政府的工作任务开展主题宣传活动。",
                  en: "Implement the decisions and arrangements of the Party committees and governments, and carry out themed publicity around the tasks of the Party committees and governments.",
                },
              },
              {
                number: 2,
                text: {
                  zh: "加强对红十字会依法履职的宣传报道，深入宣传红十字会员、志愿者、基层工作者先进典型事迹。",
                  en: "Step up publicity and reporting on the Red Cross's performance of its duties by law, and publicise in depth the deeds of exemplary Red Cross members, volunteers and grassroots workers.",
                },
              },
              {
                number: 3,
                text: {
                  zh: "创新宣传手段方法，加强与中央驻宁和地方媒体合作，充分运用新媒体传播平台，不断提升红十字宣传工作的传播力、引导力、影响力、公信力。",
                  en: "Innovate communication methods, strengthen cooperation with the central media based in Ningxia and with local media, make full use of new-media platforms, and keep raising the reach, guidance, influence and public trust of Red Cross communication.",
                },
              },
              {
                number: 4,
                text: {
                  zh: "打造上下联动的全区红十字品牌宣传项目，弘扬红十字精神，培育和践行社会主义核心价值观。",
                  en: "Build a regional Red Cross brand communication project with coordinated action from top to bottom, carry forward the Red Cross spirit, and cultivate and practise the core socialist values.",
                },
              },
            ],
          },
          {
            number: 2,
            title: { zh: "宣传志愿者队伍", en: "Communication volunteer teams" },
            items: [
              {
                number: 5,
                text: {
                  zh: "加强宣传志愿者队伍建设，建设网络评论员队伍，引导更广泛社会力量宣传红十字工作，营造良好宣传舆论氛围，增强舆情应对能力。",
                  en: "Strengthen the team of communication volunteers, build a team of online commentators, guide a wider range of social forces to publicise Red Cross work, foster a good climate of publicity and public opinion, and improve the capacity to respond to public opinion.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "红十字青少年进校园", en: "Red Cross Youth in schools" },
            items: [
              {
                number: 6,
                text: {
                  zh: "将红十字青少年工作融入未成年人思想道德建设，为青少年提供参与道德实践和志愿服务平台。传播健康行为与生活方式，开展爱眼护眼、预防艾滋病、远离烟草和毒品等健康教育。",
                  en: "Integrate Red Cross Youth work into the ideological and moral education of minors, and provide young people with platforms for moral practice and volunteer service. Spread healthy behaviour and lifestyles, and carry out health education on eye care, HIV/AIDS prevention, and staying away from tobacco and drugs.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 7,
      title: {
        zh: "深化民间合作交流，增强人道救助能力",
        en: "Deepen non-governmental cooperation and exchange to strengthen humanitarian assistance",
      },
      paragraphs: [
        {
          zh: "探索建立社会主体间合作机制，加强与企事业单位、新闻媒体、各类社会组织的合作，鼓励和引导多元社会主体与红十字会建立人道领域战略合作伙伴关系，搭建人道合作平台。加强与其他省区市红十字会的交流合作，密切与香港红十字会的联系，推进在紧急救援、应急救护、人道救助、红十字青少年和志愿服务等方面的资源共享。围绕国家“一带一路”战略，按照中国红十字会的框架协议，协调自治区医疗机构合作向有关国家派驻援外医疗队。扩大与国外红十字组织在灾害管理、志愿服务、红十字青少年等方面的交流合作，学习借鉴新理念新方法，不断提升红十字会的管理水平。",
          en: "Explore mechanisms for cooperation between social actors, strengthen cooperation with enterprises and public institutions, the news media and social organisations of all kinds, encourage and guide diverse social actors to form strategic humanitarian partnerships with the Red Cross, and build humanitarian cooperation platforms. Strengthen exchanges and cooperation with the Red Cross societies of other provinces, autonomous regions and municipalities, keep close ties with the Hong Kong Red Cross, and promote the sharing of resources in emergency rescue, first aid, humanitarian assistance, Red Cross Youth, volunteer service and other fields. In line with the national Belt and Road strategy and under the framework agreement of the Red Cross Society of China, coordinate cooperation with the region's medical institutions to send medical aid teams to the countries concerned. Expand exchanges and cooperation with Red Cross organisations abroad in disaster management, volunteer service, Red Cross Youth and other fields, learn from new ideas and methods, and keep raising the Red Cross's standard of management.",
        },
      ],
      column: {
        number: 7,
        title: { zh: "红十字与“一带一路”同行重点项目", en: "Key projects: the Red Cross alongside the Belt and Road" },
        projects: [
          {
            title: { zh: "“一带一路”人道援助项目", en: "Belt and Road humanitarian aid project" },
            items: [
              {
                text: {
                  zh: "响应国家“一带一路”建设倡议，协调宁夏医科大学总医院参与由中国红十字会在“一带一路”沿线国家开展的医疗支援服务工作，以实际行动践行人类命运共同体理念。",
                  en: "Responding to the national Belt and Road Initiative, coordinate the participation of the General Hospital of Ningxia Medical University in the medical support services that the Red Cross Society of China provides in countries along the Belt and Road, putting into practice the idea of a community with a shared future for mankind.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 8,
      title: { zh: "进一步改革创新，增强组织活力", en: "Further reform and innovation to invigorate the organisation" },
      paragraphs: [
        {
          zh: "构建高效透明规范的管理体制和运行机制。落实《自治区红十字会关于规范和做好换届选举等有关工作的通知》（宁红会字〔2020〕136号）要求，县级以上红十字会依法依规召开会员代表大会并按期换届，依法设立监事会，建立理事会决策、执委会执行、监事会监督的新型治理结构。建立完善综合监督体系，加强内部管理，健全决策、执行、监督制度机制。加强宣传并深入贯彻落实《红十字会法》，积极争取党委和政府及有关部门支持，研究制定与之相配套的制度规定。建立绩效考评和问责机制，提高制度执行力。健全信息公开制度，规范信息发布工作。",
          en: "Build an efficient, transparent and standardised management system and operating mechanism. Implement the requirements of the Notice of the Regional Red Cross on Standardising and Carrying Out General Elections and Related Work (Ning Hong Hui Zi [2020] No. 136): Red Cross societies at and above county level will hold members' congresses and general elections on schedule in accordance with laws and rules, establish supervisory boards by law, and build a new governance structure in which the council decides, the executive committee executes and the supervisory board supervises. Establish and improve a comprehensive supervision system, strengthen internal management, and improve the rules and mechanisms for decision-making, execution and supervision. Publicise and thoroughly implement the Red Cross Society Law, actively seek the support of the Party committees, governments and relevant departments, and study and draw up supporting rules and regulations. Establish performance evaluation and accountability mechanisms to improve the enforcement of rules. Improve the information disclosure system and standardise the release of information.",
        },
      ],
      column: {
        number: 8,
        title: { zh: "依法治会重点项目", en: "Key projects for governing the society by law" },
        projects: [
          {
            number: 1,
            title: { zh: "宣传《红十字会法》", en: "Publicising the Red Cross Society Law" },
            items: [
              {
                number: 1,
                text: {
                  zh: "加强《红十字会法》及《红十字标志使用办法》等法律法规的宣传，利用“世界红十字日”开展普法宣传活动。",
                  en: "Step up publicity for the Red Cross Society Law, the Measures for the Use of the Red Cross Emblem and other laws and regulations, and use World Red Cross Day for campaigns to spread knowledge of the law.",
                },
              },
            ],
          },
          {
            number: 2,
            title: {
              zh: "修订《宁夏回族自治区红十字会条例》或《红十字会法实施办法》",
              en: "Revising the Ningxia Hui Autonomous Region Red Cross Society Regulations or the Measures for Implementing the Red Cross Society Law",
            },
            items: [
              {
                number: 2,
                text: {
                  zh: "争取自治区人大常委会出台《宁夏回族自治区红十字会条例》或《红十字会法实施办法》。",
                  en: "Seek the adoption by the Standing Committee of the Regional People's Congress of the Ningxia Hui Autonomous Region Red Cross Society Regulations or of Measures for Implementing the Red Cross Society Law.",
                },
              },
            ],
          },
          {
            number: 3,
            title: { zh: "《红十字会法》执法检查和调研", en: "Law-enforcement inspection and research on the Red Cross Society Law" },
            items: [
              {
                number: 3,
                text: {
                  zh: "争取将《红十字会法》执行情况纳入人大、政协执法检查或调研。",
                  en: "Seek to have the implementation of the Red Cross Society Law included in the law-enforcement inspections or research of the People's Congress and the Political Consultative Conference.",
                },
              },
            ],
          },
        ],
      },
    },
    {
      number: 9,
      title: { zh: "加强党的建设，提供坚强的政治保证", en: "Strengthen Party building and provide a firm political guarantee" },
      paragraphs: [
        {
          zh: "认真落实全面从严治党主体责任和监督责任，以党的政治建设为统领，全面加强党的思想、组织、作风、纪律建设，把制度建设贯穿始终，提高党的建设质量。用习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作，切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚定正确的政治方向，坚决贯彻落实党的路线方针政策和党中央决策部署。把加强党的全面领导落到实处，推进地市级和有条件的县级红十字会根据有关规定设立党组。建立红十字会向党委和政府汇报工作机制，争取将红十字会党的建设纳入当地党建工作格局、纳入党委和政府重要议事日程，强化红十字事业发展的政治保证。",
          en: "Earnestly fulfil the primary responsibility and the supervisory responsibility for full and rigorous governance over the Party; guided by the Party's political building, comprehensively strengthen the Party's ideological, organisational, conduct and disciplinary building, with institution building throughout, and raise the quality of Party building. Use Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era to arm minds, guide practice and advance work; genuinely strengthen the “Four Consciousnesses”, firm up the “Four Matters of Confidence” and achieve the “Two Upholds”; hold to the correct political direction; and resolutely implement the Party's line, principles and policies and the decisions and arrangements of the Party Central Committee. Put the strengthening of the Party's overall leadership into practice, and promote the establishment of Party groups in the Red Cross of prefecture-level cities and in county-level Red Cross societies with the means, in accordance with the relevant regulations. Establish a mechanism for the Red Cross to report its work to the Party committee and government, seek to include the Party building of the Red Cross in the local Party-building framework and on the important agenda of the Party committee and government, and strengthen the political guarantee for the development of the Red Cross cause.",
        },
      ],
    },
  ],
} as const satisfies typeof TasksChapter.Encoded

export const measures = {
  heading: { zh: "保障措施", en: "Safeguard measures" },
  items: [
    {
      number: 1,
      title: { zh: "加强组织领导", en: "Strengthen organisation and leadership" },
      body: {
        zh: "加强组织领导和指导工作指导，强化规划导向作用。要强化年度计划和规划的有效衔接，科学配置资源，精心组织实施，将规划提出的目标、任务、政策、举措落到实处。市、县（区）红十字会要研究制订贯彻落实的具体措施，细化分解任务，明确责任分工，分阶段分步骤做好组织实施，确保各项目标任务落到实处。",
        en: "Strengthen organisation, leadership and guidance, and reinforce the guiding role of the plan. Link annual work plans effectively with the plan, allocate resources scientifically, organise implementation carefully, and put the goals, tasks, policies and measures set out in the plan into practice. The Red Cross of every city and county (district) shall study and draw up specific measures for implementing the plan, break the tasks down in detail, make clear who is responsible for what, and organise implementation in phases and steps, to ensure that every goal and task is fulfilled.",
      },
    },
    {
      number: 2,
      title: { zh: "加强队伍建设", en: "Strengthen the workforce" },
      body: {
        zh: "注重思想淬炼、政治历练、实践锻炼、专业训练，建设政治坚定、本领过硬、敬业奉献、担当作为、清正廉洁的红十字干部队伍。提高能力水平，分层次开展培训、多渠道培养锻炼，增强干部依法履职能力、学习研究能力、抓落实能力、群众工作能力、风险处置能力。激励广大干部在红十字工作中勇于担当作为，增强责任意识，弘扬奉献精神，形成开拓创新、争创一流的浓厚氛围。",
        en: "Focus on ideological tempering, political experience, practical training and professional training, and build a corps of Red Cross cadres who are politically firm, highly competent, dedicated, willing to take on responsibility, and clean and honest. Raise their abilities through training at different levels and development through multiple channels, and strengthen cadres' abilities to perform their duties by law, to study and research, to deliver, to work with the public and to handle risks. Encourage cadres to take on responsibility boldly in Red Cross work, strengthen their sense of responsibility, carry forward the spirit of dedication, and create a strong atmosphere of pioneering, innovation and striving for excellence.",
      },
    },
    {
      number: 3,
      title: { zh: "统筹协调推进", en: "Coordinate implementation" },
      body: {
        zh: "鼓励社会广泛参与规划实施。引导社会各界和广大群众关心、支持和参与红十字事业发展。发挥理事单位、会员单位、合作单位以及理事、会员、志愿者的重要作用，统筹推进任务落实，形成落实规划的整体合力。要做好宣传、沟通和服务工作，凝聚思想共识，汇聚智慧力量，促进事业发展。",
        en: "Encourage broad public participation in implementing the plan. Guide all sectors of society and the general public to care about, support and take part in the development of the Red Cross cause. Give play to the important role of council member units, member units and partner units, and of council members, members and volunteers, advance the implementation of tasks in a coordinated way, and form a combined force for carrying out the plan. Do publicity, communication and service work well, build consensus, pool wisdom and strength, and promote the development of the cause.",
      },
    },
    {
      number: 4,
      title: { zh: "强化督导检查", en: "Strengthen supervision and inspection" },
      body: {
        zh: "将规划实施情况作为督促检查各级红十字会工作的重要内容。上级红十字会加强对下级红十字会的督促检查，跟踪规划实施进度和效果，加强调查研究，及时总结推广经验，协调推动解决工作中的困难和问题。自治区红十字会将适时组织开展规划实施中期评估，根据实际情况及时调整完善。加强社会监督，主动接受社会、媒体的监督，将社会各界对规划的意见和建议作为规划调整的重要依据，确保规划总体目标任务如期完成。",
        en: "Make the implementation of the plan an important part of supervising and inspecting the work of Red Cross societies at every level. Higher-level Red Cross societies will strengthen supervision and inspection of lower-level ones, track the progress and effects of implementation, step up investigation and research, promptly sum up and spread experience, and coordinate solutions to difficulties and problems in the work. The Regional Red Cross will organise a mid-term evaluation of the plan's implementation at an appropriate time, and adjust and improve the plan promptly in light of actual conditions. Strengthen public oversight, proactively accept the supervision of society and the media, take the opinions and suggestions of all sectors of society on the plan as an important basis for adjusting it, and ensure that the plan's overall goals and tasks are completed on schedule.",
      },
    },
  ],
} as const satisfies typeof MeasuresChapter.Encoded
