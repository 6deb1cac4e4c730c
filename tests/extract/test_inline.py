"""Definitions the body gives: the genre's ways of spelling a term out, and the lists that
stand near a term without defining it."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.extract import extract_reports
from glossary.extract.counts import LONGEST_LISTED_ITEM
from glossary.extract.inline import (
    _BETWEEN_PARTS,
    _CHINESE_NUMBERS,
    _CLAUSE_BREAK,
    _QUOTED_PART,
    _SENTENCE_BREAK,
    _lead,
    _named_at,
    _quoted_spelling,
    body_definition,
)
from glossary.extract.numbered import count_phrases
from glossary.extract.quotes import quoted_terms
from glossary.model import Occurrence
from glossary.read.sources import parse_report


def defined(text: str, term: str) -> str | None:
    return body_definition(text, [o for o in quoted_terms(text) if o.term == term])


@pytest.mark.parametrize("text, term, definition", [
    ("推进“双创”（大众创业、万众创新）示范基地建设。", "双创", "大众创业、万众创新"),
    ("落实“两化融合”，即工业化和信息化深度融合。", "两化融合", "工业化和信息化深度融合"),
    ("所谓“首违不罚”是指初次轻微违法不予处罚。", "首违不罚", "初次轻微违法不予处罚"),
    ("依托能源、农产品、特色旅游“三大资源”，编制招商目录。", "三大资源", "能源、农产品、特色旅游"),
    ("实现供热能力和供热质量“双提升”。", "双提升", "供热能力和供热质量"),
    ("集资新发、存量案件实现“双下降”。", "双下降", "集资新发、存量案件"),
    ("推动龙岗职校、龙岗二职创建国家级“双优”学校。", "双优", "龙岗职校、龙岗二职"),
    ("是全省唯一水质、空气质量“双上升”城市。", "双上升", "水质、空气质量"),
    ("。**深入打好蓝天、碧水、青山、黑土地、草原湿地“五大”保卫战。", "五大", "蓝天、碧水、青山、黑土地、草原湿地"),
    ("扎实开展“八大民生行动”，办好实事。一是就业促进行动。抓好就业。二是助残行动。关爱残疾人。"
     "三是安居行动。建设住房。四是医保行动。五是路网行动。六是公交行动。七是励学行动。八是扶困行动。",
     "八大民生行动", "一是就业促进行动……二是助残行动……三是安居行动……四是医保行动……五是路网行动……"
     "六是公交行动……七是励学行动……八是扶困行动"),
    ("抓好“三条线”。做强主粮加工线。推动园区开工。做大肉乳加工线。建设牧场。做实特色加工线。扩大产能。",
     "三条线", "做强主粮加工线……做大肉乳加工线……做实特色加工线"),
    ("全力打造“一个中心、四个基地”，建设省域副中心，培育化工基地、碳纤维基地、冰雪基地、能源基地，走出新路。",
     "一个中心、四个基地", "建设省域副中心，培育化工基地、碳纤维基地、冰雪基地、能源基地"),
    ("推进“放管服”改革。做到更加彻底地“放”，精简审批。做到更加有效地“管”，强化监管。做到更加优质地“服”。",
     "放管服", "做到更加彻底地“放”……做到更加有效地“管”……做到更加优质地“服”"),
    ("做到“三个必须”：行政开支必须压缩5%以上，接待费预算必须再压缩50%，出国经费预算必须实现“零增长”。二是…",
     "三个必须", "行政开支必须压缩5%以上，接待费预算必须再压缩50%，出国经费预算必须实现“零增长”"),
    ("开展违规设置市场准入门槛、拖欠企业账款、侵害企业产权和企业家合法权益、涉企违规收费罚款、涉企执法检查“五个专项治理”。",
     "五个专项治理", "违规设置市场准入门槛、拖欠企业账款、侵害企业产权和企业家合法权益、涉企违规收费罚款、涉企执法检查"),
    ("“经济强”的基础更加巩固、“百姓富”的成果更加丰硕、“环境美”的底色更加厚重、“社会文明程度高”的标识更加鲜明。"
     "奋力谱写“强富美高”新江苏现代化建设新篇章。", "强富美高", "经济强……百姓富……环境美……社会文明程度高"),
    ("——民生保障实现“三个提高”。居民收入从3.2万元提高到3.6万元，增长12%；最低工资标准提高到1320元；"
     "低保标准从每月450元提高到510元。", "三个提高",
     "居民收入从3.2万元提高到3.6万元……最低工资标准提高到1320元……低保标准从每月450元提高到510元"),
    ("“三个口袋”协同增长。工业企业利润增长6%，百亿企业191家；财政收入增长2.1%；居民收入达6.9万元，增长4.2%。",
     "三个口袋", "工业企业利润增长6%……财政收入增长2.1%……居民收入达6.9万元"),
    ("抓好外贸“三新”，加快引育新主体，对接平台；着力拓展新市场，开拓新兴市场；积极发展新模式，做强跨境电商。",
     "三新", "加快引育新主体……着力拓展新市场……积极发展新模式"),
    ("以高水平开放用好国际国内“两种资源”。", "两种资源", "国际国内"),  # a pair of opposites as one word
    ("天府、双流国际机场“两场一体”协同高效运营。", "两场一体", "天府、双流国际机场"),  # a head shared; 一体 counts none
    ("提升通算、智算、超算、量算“四算合一”统筹调度能力。", "四算合一", "通算、智算、超算、量算"),
    ("促进创新、创业、创优“三创合一”。", "三创合一", "创新、创业、创优"),  # a verb jieba joins to the item
    ("先进材料补链成群，形成轻合金、纤维及复合材料、合成材料“三大优势集群”。", "三大优势集群",
     "轻合金、纤维及复合材料、合成材料"),  # 形成|轻合金: 轻 is no complement of a two-character verb
    ("因地制宜，大力发展新材料、人工智能、机器人、低空经济和商业航天、生物医药和医疗器械等“五大新兴产业”。", "五大新兴产业",
     "新材料、人工智能、机器人、低空经济和商业航天、生物医药和医疗器械"),  # 和 within the last of many items
    ("打造旅游区。抓好“三大任务”：1.创建示范区，申报先行区。2.推动项目突破。3.开业两家酒店。\n4.另一段。",
     "三大任务", "1.创建示范区，申报先行区……2.推动项目突破……3.开业两家酒店"),
    ("接下来要重点抓好以下“三项工作”：\n一是做好规划编制。二是优化产业结构。\n三是加强督查督办。", "三项工作",
     "一是做好规划编制……二是优化产业结构……三是加强督查督办"),
    ("重点推进经济和社会领域的“三大改革”。\n一是加强市场体系建设。正文。\n二是推进财税体制改革。\n三是深化国企改革。",
     "三大改革", "一是加强市场体系建设……二是推进财税体制改革……三是深化国企改革"),
    ("在工作推进中做到“三个更加注重”：\n——更加注重战略引领。正文。\n——更加注重改革创新。\n——更加注重民生。\n今年要做好：",
     "三个更加注重", "——更加注重战略引领……——更加注重改革创新……——更加注重民生"),
    ("提质推进高新技术企业、科技型企业“双倍增”行动。", "双倍增", "高新技术企业、科技型企业"),  # 提质: jieba's n
    ("深化基层组织、基础工作、基本能力“三基”建设。", "三基", "基层组织、基础工作、基本能力"),  # 深化: jieba's j
    ("深化农村生产、供销、信用“三位一体”改革。", "三位一体", "农村生产、供销、信用"),
    ("出台实施生物、互联网、新能源“三大产业”振兴规划。", "三大产业", "生物、互联网、新能源"),  # two verbs
    ("推动形成生活圈、生态圈、生产圈“三圈融合”。", "三圈融合", "生活圈、生态圈、生产圈"),
    ("统筹建好政治生态、自然生态“两个生态”。", "两个生态", "政治生态、自然生态"),
    ("全面落实责任、政策、帮扶、监管“四个不摘”。", "四个不摘", "责任、政策、帮扶、监管"),  # 落实: jieba's a
    ("拓展面向国际、国内的“两个扇面”。", "两个扇面", "国际、国内"),  # 面向: jieba's n
    ("推动济南、青岛协同打造区域航空“双枢纽”。", "双枢纽", "济南、青岛"),  # 协同 opens the predicate
    ("开展背街小巷集中整治，实现公共文明指数、环境卫生指数“双提升”。", "双提升",
     "公共文明指数、环境卫生指数"),  # 公共 (jieba's b) qualifies the item's noun, it opens no clause
    ("严打违法犯罪，总警情、刑事警情、治安警情实现“三下降”。", "三下降", "总警情、刑事警情、治安警情"),
    ("金融风险稳妥处置，非法集资新发、存量案件实现“双下降”。", "双下降", "非法集资新发、存量案件"),
    ("推出全国首个区级惠企政策“福企”十一条、“福企”新十条、“1+9+N”产业资金政策“三部曲”。", "三部曲",
     "“福企”十一条、“福企”新十条、“1+9+N”产业资金政策"),  # every other item opens with its quoted name
    ("统筹推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造等“三大工程”。", "三大工程",
     "保障性住房建设、“平急两用”公共基础设施建设、城中村改造"),  # 等 and the count close the list: unlike lengths
    ("经济指标实现“双突破”，人均GDP突破2万美元，出口总额突破3000亿美元。", "双突破",
     "人均GDP突破2万美元，出口总额突破3000亿美元"),  # clauses after a comma, each saying the head word
    ("推进轨道光明站与高铁光明城站“双枢纽”综合开发。", "双枢纽", "轨道光明站与高铁光明城站"),  # 与 joins the pair
    ("深入实施煤电机组节能降耗、供热、灵活性改造“三改联动”。", "三改联动",
     "煤电机组节能降耗、供热、灵活性改造"),  # a topic (煤电机组, jieba's j and n) all items share, written once
    ("体现了“五个坚持”重大原则，即坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、"
     "坚持有效市场和有为政府相结合。", "五个坚持",
     "坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、坚持有效市场和有为政府相结合"),  # kind, 即, items
    ("推进警地融合、警民融合、社会面协同管控“三项新机制”。", "三项新机制", "警地融合、警民融合、社会面协同管控"),
    ("电信诈骗警情数、立案数提前实现“双下降”。", "双下降", "电信诈骗警情数、立案数"),
    ("并引导推进电信网、广播电视网和计算机网的“三网”融通。", "三网", "电信网、广播电视网和计算机网"),
    ("磨憨镇固定资产投资、一般公共预算收入、引进省外到位资金、常住人口实现“四个翻番”。", "四个翻番",
     "磨憨镇固定资产投资、一般公共预算收入、引进省外到位资金、常住人口"),  # 磨|憨|镇: a name, no verb
    ("深入开展国有企业六大优势产业提升、省属企业战略性新兴产业培育、省属企业专精特新企业培育“三大行动”。", "三大行动",
     "国有企业六大优势产业提升、省属企业战略性新兴产业培育、省属企业专精特新企业培育"),  # a count inside an item
    ("农村寄递物流、充电桩、5G网络、四好农村路实现“四个全覆盖”。", "四个全覆盖",
     "农村寄递物流、充电桩、5G网络、四好农村路"),  # 5G is a code, 四好 no count of the list
    ("打造政府采购、建设工程招标、国有资产处置、特许经营权授予、集体经济“三资”交易、国有物业出租等“六合一”交易平台。",
     "六合一", "政府采购、建设工程招标、国有资产处置、特许经营权授予、集体经济“三资”交易、国有物业出租"),  # a name quoted in an item
    ("大力开展“新光明”提速、硬任务攻坚、软环境优化、执行力锻造“四大行动”。", "四大行动",
     "“新光明”提速、硬任务攻坚、软环境优化、执行力锻造"),  # the verb before the quotation, not into it
    ("完善金融市场、产品、机构和基础设施“四个体系”。", "四个体系", "金融市场、产品、机构和基础设施"),  # 机构|和|基础设施
    ("加快规划建设铁岗、公明、清林径、东江下矶角等“四大水缸”。", "四大水缸", "铁岗、公明、清林径、东江下矶角"),  # 规划|建设
    ("公众安全感、满意度连续13年实现“双提升”。", "双提升", "公众安全感、满意度"),  # 连续13年 is said of them
    ("明确了我市国家综合配套改革试验区、全国经济中心城市、国家创新型城市、中国特色社会主义示范市和国际化城市“一区四市”的战略定位。",
     "一区四市", "国家综合配套改革试验区、全国经济中心城市、国家创新型城市、中国特色社会主义示范市和国际化城市"),  # 明确了|我市
    ("加快国民经济和社会发展规划、城市总体规划、土地利用总体规划“三规统一”步伐。", "三规统一",
     "国民经济和社会发展规划、城市总体规划、土地利用总体规划"),  # 统一 counts no item
    ("实施新建布局、优化提升、整合重组、调整淘汰“四个一批”，重塑平台体系。", "四个一批",
     "新建布局、优化提升、整合重组、调整淘汰"),  # four, each 一批
    ("构建“智脑、智眼、智网、智体”“四智”融合的智能治理体系。", "四智", "智脑、智眼、智网、智体"),  # quoted together
    ("启动儿童青少年体重、视力、心理、骨骼、口腔等“五健”促进行动计划。", "五健",
     "儿童青少年体重、视力、心理、骨骼、口腔"),  # a topic all items share, written once
    ("集中力量办好“三件实事”。一是新建学校，二是改造道路，三是建设公园。", "三件实事",
     "一是新建学校……二是改造道路……三是建设公园"),  # the points of one sentence, between commas
    ("“四个基本”就是基本建立市场经济体制、基本建立区域创新体系、基本建立产业新体系、基本形成绿色低碳发展新格局，"
     "力求在全面建成小康社会的基础上，从体制创新、动力转换、结构优化和可持续发展能力增强等方面为基本实现现代化夯实基础。",
     "四个基本", "基本建立市场经济体制、基本建立区域创新体系、基本建立产业新体系、基本形成绿色低碳发展新格局"),
    ("我们要落实“三个奋力推进”重点任务，实现新的跨越，为加快建设社会主义现代化强省奠定更加坚实的基础。\n一是奋力推进产业振兴，建设产业体系。\n"
     "二是奋力推进科教振兴，服务自立自强。\n三是奋力推进农业振兴，建设和美乡村。", "三个奋力推进",
     "一是奋力推进产业振兴，建设产业体系……二是奋力推进科教振兴，服务自立自强……三是奋力推进农业振兴，建设和美乡村"),
])
def test_the_body_spells_the_term_out(text, term, definition):
    assert defined(text, term) == definition


@pytest.mark.parametrize("text, term", [
    ("整治乱占、乱采、乱建“四乱”问题。", "四乱"),  # three items for four: not taken
    ("深刻领悟“两个确立”、坚决做到“两个维护”。", "两个维护"),  # a list of other terms
    ("推进“三大工程”。一是甲工程。二是乙工程。三是丙工程。四是丁工程。", "三大工程"),  # four points
    ("创建省级“双创”基地。\n\n（二）扩大内需\n\n一是扩大投资。二是促进消费。", "双创"),  # another section's points
    ("开通“12345”（2018年）热线。", "12345"),
    ("坚持和落实“两个毫不动摇”。", "两个毫不动摇"),  # actions on the term
    ("在参与高质量共建“一带一路”中取得成果。", "一带一路"),  # 与 of 参与 joins nothing
    ("推进老旧工业园区、农贸市场、“三小”场所整治。", "三小"),  # the term is the list's next item
    ("举办“村BA”（南部赛区）比赛。", "村BA"),  # a qualifier, not an explanation
    ("推行“免申即享”兑付资金。", "免申即享"),
    ("实施“一杯奶”（牵头单位：教育厅）工程。", "一杯奶"),  # who leads it, not what it is
    ("高水平共建西部陆海新通道和深度融入共建“一带一路”。", "一带一路"),  # 一…一… names its own items
    ("辖区内市第三人民医院、龙岗区中医院、龙城医院获评“三甲”。", "三甲"),  # a title they won
    ("落实“双控”要求。深入推进生态环境分区管控，加强监测。强化地方债务风险防控，守住底线。", "双控"),  # 控 ends no sentence
    ("增强“四个意识”、坚定“四个自信”、做到“两个维护”，主动作为。一是依法行政。二是改进作风。三是提升效能。四是清正廉洁。", "四个自信"),
    ("“经济强”的基础更加巩固。“百姓富”的成果更加丰硕，“环境美”的底色更加厚重。建设“强富美”新江苏。", "强富美"),  # two sentences
    ("落实财政资金统筹、零基预算改革、基层“三保”。", "三保"),  # three items of unlike length
    ("实施“三线下地”工程，全面扫除“蜘蛛网”；推进农村垃圾处理；绿化美化村屯312个。", "三线下地"),  # other work
    ("“双创”氛围日益浓厚。成立技术转移促进中心；举办创新创业节。", "双创"),  # achievements, not 双创 itself
    ("全面完成“三大任务”。甲项目开工；乙项目竣工。", "三大任务"),  # two parts for three
    ("我们坚持统筹推进、一体落实“两区”建设。", "两区"),
    ("圆满完成对口帮扶及扶贫“双到”工作。", "双到"),  # 扶及 is no word: the words are 帮扶 and 扶贫  # two ways of doing it, not its two parts
    ("加快汽车、化工等八大行业“两化融合”。", "两化融合"),  # another count's open list
    ("实现全国文明城市、全国“双拥”模范城“满堂红”。", "双拥"),  # 全国 is a scope, not an item
    ("完成“三大任务”，修路1.5公里。1.甲。2.乙。3.丙。", "三大任务"),  # digits inline without a colon
    ("做到“三个注重”：\n——注重甲。\n——注重乙。\n正文。\n——注重丙。", "三个注重"),  # dashes broken off
    ("实现“三个提高”。\n\n（二）其他\n\n一是甲。二是乙。三是丙。", "三个提高"),  # points under another heading
    ("最低工资标准、残疾人“两项补贴”标准稳步提高。", "两项补贴"),  # 残疾人 qualifies the term: …标准、…标准
    ("整合工程建设、政府采购、社区集体“三资”、物业租赁等交易平台。", "三资"),  # the term is one item of a list
    ("建设“双碳”云脑平台（碳排可视、用能可规）。", "双碳"),  # a local thing named after national shorthand
    ("落实老年人免费体检、适龄妇女“两癌”筛查。", "两癌"),  # whom the screening is for
    ("推进珠三角水资源配置、韩江榕江练江“三江”连通。", "三江"),  # the last item alone spells the term
    ("完成“拔钉”行动剩余4个“钉子”隐患整治。", "钉子"),  # the term quoted again spells nothing
    ("开展商圈提质、业态培育、空间扩容、协同创新、品质消费全域创建“五大行动”。", "五大行动"),  # 创建: whose?
    ("张掖等11个市和两当、迭部县被命名为新一届“全国双拥模范城（县）”。", "双拥"),  # a word of a quoted title
    ("落实一集群一平台、一政策、一园区、一批链主企业的“四个一”体系。", "四个一"),  # where does the first item start?
    ("深化中职学校提质培优工程和高职学校“双高”计划。", "双高"),  # of two, a longer first item is no topic
    ("我们要落实“三大任务”，实现新的跨越，为加快建设社会主义现代化强省奠定更加坚实的基础。\n一是推进产业振兴。\n二是推进科教振兴。\n"
     "三是推进农业振兴。", "三大任务"),  # the paragraph goes on, and the points do not say 任务
    ("“两个基本”就是基本建立市场经济体制、基本建立区域创新体系、基本形成绿色低碳发展新格局，力求在全面建成小康社会"
     "的基础上，从体制创新、动力转换、结构优化和可持续发展能力增强等方面为基本实现现代化夯实基础。", "两个基本"),  # 3 for 2
    ("合作区形成世界500强研发中心、国家重大科研平台、香港高校科研、突破“卡脖子”技术、深港“独角兽”企业、港澳青年创新创业平台等"
     "“六大科创集群”。", "六大科创集群"),  # the clause's subject and verb stand in the first item
    ("深化中职学校提质培优工程和高职学校“双高”计划。", "双高"),  # not closed by 等: unlike lengths say no list
    ("实施区领导定期调度、挂点服务企业、重点项目“三级协调”机制，推动经济稳增长。", "三级协调"),  # actions, no tiers
    ("体现了“五个坚持”重大原则，即坚持党的全面领导、坚持人民至上、坚持高质量发展。", "五个坚持"),  # three for five
    ("需求结构实现“双优化”，服务业投资比重超过8成，工业产品内销比重首次超过5成。", "双优化"),  # 优化 said by no clause
    ("经济指标实现“双突破”，人均GDP突破2万美元，出口总额突破3000亿美元，进口增长。", "双突破"),  # a third clause
])
def test_lists_that_do_not_define_the_term_are_left_alone(text, term):
    assert defined(text, term) is None


@pytest.mark.parametrize("text, term, definition", [
    ("形成“算力、算法、算据、算网”四算一体、协同发展新格局。", "四算一体", "算力、算法、算据、算网"),  # quoted: no sibling
    ("健全“考核、督查、激励”三项机制，对企业诉求多说行。", "三项机制", "考核、督查、激励"),  # quoted: items, verbs or not
    ("实施大气污染降尘、减排、削峰三大行动，空气质量优良率96%。", "三大行动", "大气污染降尘、减排、削峰"),  # 大气污染: i
    ("加速布局量子科技、生物制造、脑机接口等三大未来产业。", "三大未来产业", "量子科技、生物制造、脑机接口"),  # 布局: n
])
def test_an_unquoted_count_takes_the_items_written_before_it(text, term, definition):
    assert unquoted(text, term) == definition


@pytest.mark.parametrize("text, definition", [
    ("新区始终坚持绿色低碳、园区集聚、自主创新“三大发展战略”，实现了跨越。", "绿色低碳、园区集聚、自主创新"),
    ("全市完成了宝安、龙岗“两区”城市化转地工作。", "宝安、龙岗"),  # the verb's particle goes with it
])
def test_a_clause_with_its_subject_and_verb_opens_the_list(text, definition):
    term = text[text.index("“") + 1:text.index("”")]
    assert defined(text, term) == definition


def test_a_list_of_siblings_named_in_the_terms_words_is_not_its_parts():
    text = "加快建设全国统一大市场循环枢纽、国内国际市场双循环支点。"
    assert unquoted(text, "双循环") is None


def test_an_unquoted_count_takes_the_list_before_it():
    text = "推进资源资本化，强化特区建发、地铁和投控三大集团融资功能。"
    assert body_definition(text, list(count_phrases(text))) == "特区建发、地铁和投控"


def test_a_numeral_and_a_measure_word_unquoted_count_what_follows():
    text = "引进吕思清、王皓、郑洁三名文体英才。"
    assert unquoted(text, "三名") is None


def test_a_verb_that_takes_a_verb_opens_the_clause_not_the_first_item():
    text = "探索建立两地协作、转移就业、技能提升、关爱稳岗四项机制，提供优质岗位。"
    assert body_definition(text, list(count_phrases(text))) == "两地协作、转移就业、技能提升、关爱稳岗"


def unquoted(text: str, term: str) -> str | None:
    start = text.index(term)
    return body_definition(text, [Occurrence(term, start, start + len(term), term, False)])


@pytest.mark.parametrize("text, term, definition", [
    ("（四）坚持战略性新兴产业和现代服务业双轮驱动，加快产业转型升级。", "双轮驱动", "战略性新兴产业和现代服务业"),
    ("全年安全事故起数和死亡人数双下降。", "双下降", "安全事故起数和死亡人数"),
    ("围绕“资源、客源、服务”三大要素，实施四大行动。", "三大要素", "资源、客源、服务"),  # the items quoted together
    ("围绕“资源、客源”三大要素，实施四大行动。", "三大要素", None),  # two for three
    ("更好服务和融入国内国际双循环。", "双循环", None),  # two verbs joined: one action
    ("畅通国内大循环和联通国内国际双循环。", "双循环", None),  # 大循环 is a 循环 of its own
    ("提升城乡低保、残疾人两项补贴、散居孤儿救助标准。", "两项补贴", None),  # one item of a longer list
    ("公共服务实现基础与品牌双提升。", "双提升", "基础与品牌"),  # 与, the written 和
    ("积极参与国际合作双循环。", "双循环", None),  # 与 of 参与 joins nothing
    ("专业群“道路与桥梁工程”入选国家级双高计划。", "双高", None),  # 与 inside a quoted name
])
def test_an_unquoted_pair_joined_by_he_is_taken_when_both_are_nouns(text, term, definition):
    assert unquoted(text, term) == definition


def test_numbered_paragraphs_under_a_heading_that_names_the_term():
    text = "（一）落实“三大举措”\n\n1.建设产业体系。正文。\n\n2.振兴乡村。正文。\n\n3.改善民生。正文。\n\n（二）其他\n"
    assert defined(text, "三大举措") == "1.建设产业体系……2.振兴乡村……3.改善民生"


def test_an_inline_definition_is_marked_inline_and_yields_to_the_glossary_section():
    text = "推进“双创”（大众创业、万众创新）。\n\n名词解释\n\n1.双创：大众创业、万众创新的简称。\n"
    body_only = {f.term: f for f in extract_reports([parse_report("a", text.split("名词解释")[0])])["a"]}
    assert (body_only["双创"].definition, body_only["双创"].how) == ("大众创业、万众创新", "inline")
    with_section = {f.term: f for f in extract_reports([parse_report("b", text)])["b"]}
    assert (with_section["双创"].definition, with_section["双创"].how) == ("大众创业、万众创新的简称。", "glossary")


LEAD_PIECES = ["加工线", "线", "基地", "产业集群", "要", "做强主粮", "，", "。", "；", "：", "“", "”", "\n", "（", ")",
               "新能源生产开发", "坚持", "、", "a", "x" * 9]


def lead_by_pattern(text: str, start: int, suffix: str) -> tuple[str, int] | None:
    """What `_lead` finds, as the regular expression it replaces said it."""
    ends = f"[{_SENTENCE_BREAK}]" if len(suffix) == 1 else f"要|[{_CLAUSE_BREAK}]"
    pattern = f"([^{_CLAUSE_BREAK}“”]{{1,{LONGEST_LISTED_ITEM}}}?{re.escape(suffix)})(?:{ends})"
    match = re.compile(pattern).match(text, start)
    return (match.group(1), match.end()) if match else None


@settings(max_examples=300)
@given(st.lists(st.sampled_from(LEAD_PIECES), max_size=20).map("".join),
       st.sampled_from(["线", "加工线", "基地", "产业集群", "，"]), st.integers(0, 30))
@example("加工线。做强主粮加工线。", "加工线", 0)
@example("做强主粮加工线要", "加工线", 0)
@example("新能源生产开发基地基地，", "基地", 0)
@example("x" * 20 + "基地，" + "x" * 21 + "基地，", "基地", 0)
@example("x" * 20 + "基地，" + "x" * 21 + "基地，", "基地", 23)
def test_a_sentence_lead_is_what_its_regular_expression_finds(text, suffix, start):
    start = min(start, len(text))
    assert _lead(text, start, suffix) == lead_by_pattern(text, start, suffix)


NAME_PIECES = ["十大工程", "二十大工程", "2十大工程", "两十大工程", "大工程", "十大", "工程", "“", "，", "x"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=12).map("".join), st.sampled_from(["十大工程", "大工程", "十大"]))
@example("十大工程十大工程", "十大工程")
@example("二十大工程十大工程", "十大工程")
@example("工程工程工程", "工程工程")
def test_a_name_is_found_where_its_regular_expression_finds_it(text, term):
    pattern = re.compile(f"(?<![{_CHINESE_NUMBERS}两\\d]){re.escape(term)}")
    assert list(_named_at(text, term)) == [m.start() for m in pattern.finditer(text)]


SPELLING_PIECES = ["“经济强”", "“百姓富”", "“环境美”", "“强”", "“富”", "经济强", "“", "”", "的基础更加巩固、", "、",
                   "。", "\n", "x" * 12, "“" + "y" * 12 + "强”", "“" + "y" * 13 + "强”", "“x\n强”", "“x“强”"]


def spelling_by_pattern(text: str, term: str, start: int, end: int) -> list[str] | None:
    """What `_quoted_spelling` finds, as the regular expression it replaces said it."""
    between = f"[^“”{_SENTENCE_BREAK}]{{0,{_BETWEEN_PARTS}}}"
    parts = between.join(f"“([^“”{_SENTENCE_BREAK}]{{1,{_QUOTED_PART}}}{re.escape(ch)})”" for ch in term)
    found = re.compile(parts).search(text, start, end)
    return list(found.groups()) if found else None


@settings(max_examples=300)
@given(st.lists(st.sampled_from(SPELLING_PIECES), max_size=12).map("".join), st.sampled_from(["强富美", "强富", "富强"]),
       st.integers(0, 40), st.integers(0, 200))
@example("“经济强”的基础更加巩固、“百姓富”、“环境美”", "强富美", 0, 200)
@example("“" + "y" * 12 + "强”、“百姓富”", "强富", 0, 200)
@example("“" + "y" * 13 + "强”、“百姓富”", "强富", 0, 200)
@example("“经济强”" + "x" * 30 + "“百姓富”", "强富", 0, 200)
@example("“经济强”" + "x" * 31 + "“百姓富”", "强富", 0, 200)
def test_a_quoted_spelling_is_what_its_regular_expression_finds(text, term, start, end):
    assert _quoted_spelling(text, term, start, end) == spelling_by_pattern(text, term, start, end)


@pytest.mark.parametrize("text, term", [
    ("强力推进“三大项目”：1.建设海岸公路。2.加快通道建设。3.推进地铁规划。\n加快发展文体事业。实施“三大项目”：1.建设文体中心。"
     "2.改造书城。3.办好马拉松。\n", "三大项目"),  # points of roads, then points of culture
    ("完善数量、质量、生态“三位一体”耕地保护体系。推进生产、供销、信用“三位一体”改革。", "三位一体"),
])
def test_a_name_the_report_gives_two_different_lists_takes_neither(text, term):
    assert defined(text, term) is None


@pytest.mark.parametrize("text, term, definition", [
    ("力争做到全年会议、文件、评比表彰活动“三减少”。", "三减少", "全年会议、文件、评比表彰活动"),
    ("实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”，放大效应。", "三大行动",
     "工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破"),
    ("福田作为全市行政、金融、文化、商贸和国际交往“五大中心”的势能将进一步释放。", "五大中心", "全市行政、金融、文化、商贸和国际交往"),
])
def test_a_quoted_count_closes_the_list_of_three_or_more_before_it(text, term, definition):
    """Items of unlike lengths, which 等 or the quotation marks right after them close."""
    assert defined(text, term) == definition


def test_a_list_closed_by_a_quotation_alone_must_show_where_it_starts():
    """紧盯 (jieba's z) is not cut off: nothing tells that 紧盯航空 is no item."""
    assert defined("紧盯航空、陆路、水运口岸、人物环境同防“四个方向”强化防控。", "四个方向") is None


TWO_COUNTS = ("坚定实施“三大战略”、奋力实现“三个新突破”。\n一是坚定实施扩大内需战略，在推动消费增长上实现新突破。正文。\n"
              "二是坚定实施产业兴区战略，在发展优势产业上实现新突破。正文。\n三是坚定实施创新驱动战略，在培育新质生产力上实现新突破。\n")


@pytest.mark.parametrize("term, definition", [
    ("三大战略", "一是坚定实施扩大内需战略……二是坚定实施产业兴区战略……三是坚定实施创新驱动战略"),
    ("三个新突破", "在推动消费增长上实现新突破……在发展优势产业上实现新突破……在培育新质生产力上实现新突破"),
])
def test_counts_announced_together_take_the_clause_of_each_point_that_says_their_head(term, definition):
    assert defined(TWO_COUNTS, term) == definition


def test_counts_listed_together_take_no_points_that_do_not_name_their_heads():
    text = "增强“四个意识”、坚定“四个自信”。\n一是学习。二是调研。三是宣讲，强化意识。四是实践。\n"
    assert defined(text, "四个意识") is None


def test_a_list_whose_first_item_holds_a_bracket_is_not_cut_at_it():
    """The bracket closes a qualifier inside the first item, which starts before it."""
    text = "全面推进38家农贸市场和39家百货商场（商业综合体）消防专项整治、废品收购站专项整治、用电安全及人员密集场所等“四大”专项整治行动。"
    assert defined(text, "四大") is None


def test_a_heading_number_before_the_list_is_no_bracket_of_an_item():
    text = "（四）坚持战略性新兴产业和现代服务业双轮驱动，加快转型。"
    occurrences = [o for o in count_phrases(text) if o.term == "双轮驱动"] or uses(text, "双轮驱动")
    assert body_definition(text, occurrences) == "战略性新兴产业和现代服务业"


def test_a_quoted_count_of_two_closes_no_list():
    """Two items of unlike lengths: 和 may join words of one item as well as two (起数和人数逐年)."""
    assert defined("生产安全亡人事故起数和人数逐年“双下降”。", "双下降") is None


def uses(text: str, term: str) -> list[Occurrence]:
    """The term's occurrences as extraction finds them: quoted, counted, or unquoted again."""
    found = {o.start: o for o in [*quoted_terms(text), *count_phrases(text)] if o.term == term}
    for m in re.finditer(term, text):
        if not any(o.start <= m.start() < o.end for o in found.values()):
            found[m.start()] = Occurrence(term, m.start(), m.end(), term, False)
    return sorted(found.values(), key=lambda o: o.start)


@pytest.mark.parametrize("text, term", [
    ("今年“首善行动”确定为稳增提质“三大行动”。实施平台引领行动，推动发布。实施产业聚链行动，集聚企业。"
     "实施空间保障行动，供应土地。\n用文体服务涵养文化特质。开展公共文化服务体系示范区创新发展“三大行动”，优化制度。", "三大行动"),
    ("推进数字产业化“三大提升工程”、产业数字化“八大行动”。\n深入实施碳达峰“三大提升工程”，协同推进。\n"
     "实施产业能级跃升、科创能力攀登、内需扩容增效等“三大提升工程”，确保建成强省。", "三大提升工程"),
    ("加快构建碳排放双控体系。落实地下水水位水量“双控”要求。", "双控"),
])
def test_a_name_the_report_gives_another_topic_elsewhere_takes_no_list(text, term):
    """The report calls a second thing by the name, after a topic of its own that the list does not
    share, without spelling it out: the list is one of the name's two meanings."""
    assert body_definition(text, uses(text, term)) is None


def test_a_list_the_glossary_section_gives_another_name_takes_no_list():
    body = "构建社区党建标准化、队伍整合、事权规范化等“三位一体”的基层治理体系。"
    section = "\n名词解释\n1.治水提质：以水资源、水安全、水环境“三位一体”为理念，系统治水。\n"
    assert body_definition(body, uses(body, "三位一体")) == "社区党建标准化、队伍整合、事权规范化"
    assert body_definition(body, uses(body, "三位一体"), section) is None
    found = {f.term: f for f in extract_reports([parse_report("a", body + section)])["a"]}
    assert found["三位一体"].definition is None


@pytest.mark.parametrize("text, term, definition", [
    ("着力“两个转变”。一是着力推进政府职能转变。二是着力推进政府作风转变。\n抓好职能和作风“两个转变”，提高水平。", "两个转变",
     "一是着力推进政府职能转变……二是着力推进政府作风转变"),  # the topic said in the list's words
    ("建成宝安、龙岗“两区”市政设施。加快“两区”城市化，推进北面宝安、龙岗“两区”基础教育。", "两区", "宝安、龙岗"),
    ("办好创业、就业“两件实事”。全力办好“两件实事”，集中力量办好省“两件实事”。", "两件实事", "创业、就业"),
])
def test_a_name_said_again_after_its_own_list_or_a_verb_keeps_the_list(text, term, definition):
    assert body_definition(text, uses(text, term)) == definition


def test_a_list_spelled_twice_the_same_is_taken():
    text = "实施“三大工程”：1.甲工程。2.乙工程。3.丙工程。\n年内推进甲工程、乙工程、丙工程“三大工程”。"
    assert defined(text, "三大工程") == "1.甲工程……2.乙工程……3.丙工程"


def test_a_count_that_opens_an_indented_paragraph_has_no_list_before_it():
    text = "请予审议。\n\u3000\u3000“十二五”期间，全市经济平稳增长。"  # only the indent stands before it in its clause
    assert defined(text, "十二五") is None


@pytest.mark.parametrize("text, term, definition", [
    ("推广普及EDI（远程数据交换系统）项目。", "EDI", "远程数据交换系统"),
    ("全年PM2.5(细颗粒物)日平均浓度为24微克每立方米。", "PM2.5", "细颗粒物"),
    ("办好全国村BA（南部赛区）比赛。", "村BA", None),  # no abbreviation: a qualifier
])
def test_a_foreign_abbreviation_is_glossed_by_the_bracket_after_it(text, term, definition):
    assert unquoted(text, term) == definition


@pytest.mark.parametrize("text, term, definition", [
    ("统筹推进“五位一体”总体布局。强化片区统筹，实现建筑、产业、生活、公共和地下等空间“五位一体”。", "五位一体", None),
    ("实现建筑、产业、生活、公共和地下等空间“五位一体”。", "五位一体", "建筑、产业、生活、公共和地下等空间"),  # one sense
    ("打好“三大攻坚战”。坚决打好防范化解重大风险、精准脱贫、污染防治“三大攻坚战”。", "三大攻坚战",
     "防范化解重大风险、精准脱贫、污染防治"),  # the list is the national sense
])
def test_national_shorthand_first_used_bare_takes_no_list_of_another_sense(text, term, definition):
    assert defined(text, term) == definition


def test_national_shorthand_spelled_by_its_characters_after_a_bare_use_keeps_that_spelling():
    text = ("以推进“放管服”改革为抓手。" + "加强监管。" * 200 + "深化“放管服”改革，做到更加彻底地“放”，精简审批。"
            "做到更加有效地“管”，强化监管。做到更加优质地“服”。")  # the first use too far from the spelling
    assert defined(text, "放管服") == "做到更加彻底地“放”……做到更加有效地“管”……做到更加优质地“服”"
