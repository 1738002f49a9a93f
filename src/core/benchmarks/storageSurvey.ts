import type { BenchmarkDataSet } from './types';

/*
 * IDC's survey of storage in virtual environments: online, June 2015, 203 respondents, with the
 * 2014 wave of the same questions for comparison. Known only as retold by the Storage Story blog (July 2015), which doubts it.
 */
const SOURCE_2015 =
  'IDC survey of storage in virtual environments, online, June 2015 (n = 203), as retold by the Storage Story blog, 2015-07-19';
const SOURCE_2014 =
  'IDC survey of storage in virtual environments, 2014 wave (as compared in the June 2015 survey), as retold by the Storage Story blog, 2015-07-19';
const DOUBT =
  'Storage Story doubts the survey is representative: how the 203 respondents were chosen is not said, and 57% were IT or infrastructure managers, directors or VPs and 35.5% CIOs, who may not know figures such as storage protocols or capacity on virtual machines exactly.';

export const idcVirtualizationSurvey2015: BenchmarkDataSet = {
  id: 'idc-virtualization-survey-2015',
  title: 'Virtualization, cloud and flash in storage, IDC survey 2015',
  metric: 'shareOfRespondents',
  unit: 'ratio',
  year: 2015,
  source: SOURCE_2015,
  note: `Measures as Storage Story names them: share of workloads virtualized, of company data on virtual machines, of data run in the cloud ("cloud penetration"); share of respondents using space-efficient cloning and flash storage for VDI, and hyperconverged storage (whose definition Storage Story finds unclear). ${DOUBT}`,
  values: {
    'Workloads virtualized': 0.6606,
    'Company data on virtual machines': 0.82,
    'Cloud penetration': 0.64,
    'VDI with space-efficient cloning': 0.88,
    'VDI on flash storage': 0.9,
    'Hyperconverged storage in use': 0.764,
  },
};

export const idcVirtualizationSurvey2014: BenchmarkDataSet = {
  id: 'idc-virtualization-survey-2014',
  title: 'Virtualization, cloud and flash in storage, IDC survey 2014',
  metric: 'shareOfRespondents',
  unit: 'ratio',
  year: 2014,
  source: SOURCE_2014,
  note: `The 2014 answers to the questions of idc-virtualization-survey-2015, for comparison; the size of the 2014 sample is not given. ${DOUBT}`,
  values: {
    'Workloads virtualized': 0.4355,
    'Company data on virtual machines': 0.34,
    'Cloud penetration': 0.21,
    'VDI with space-efficient cloning': 0.34,
    'VDI on flash storage': 0.45,
  },
};

export const idcStorageProtocols2015: BenchmarkDataSet = {
  id: 'idc-storage-protocols-2015',
  title: 'Storage protocols in virtual environments, IDC survey 2015',
  metric: 'protocolShare',
  unit: 'ratio',
  year: 2015,
  source: SOURCE_2015,
  note: `Share by protocol, as Storage Story reports it; the remaining share is not broken down. ${DOUBT}`,
  values: {
    DAS: 0.176,
    FC: 0.17,
    NFS: 0.155,
    InfiniBand: 0.141,
    FCoE: 0.088,
  },
};

export const idcHypervisors2015: BenchmarkDataSet = {
  id: 'idc-hypervisors-2015',
  title: 'Hypervisors in use, IDC survey 2015',
  metric: 'hypervisorShare',
  unit: 'ratio',
  year: 2015,
  source: SOURCE_2015,
  note: `The three largest shares; Red Hat Enterprise Virtualization and Oracle VM also reached double digits, without figures in Storage Story. ${DOUBT}`,
  values: {
    'VMware vSphere': 0.231,
    'Citrix XenServer': 0.206,
    'Microsoft Hyper-V': 0.172,
  },
};

export const idcFlashInServerVirtualization2015: BenchmarkDataSet = {
  id: 'idc-flash-in-server-virtualization-2015',
  title: 'How flash is used in server virtualization, IDC survey 2015',
  metric: 'shareOfRespondents',
  unit: 'ratio',
  year: 2015,
  source: SOURCE_2015,
  note: `Flash as a cache and all-flash arrays were the two most frequent answers in server virtualization (VSI). ${DOUBT}`,
  values: {
    'Flash as a cache': 0.407,
    'All-flash arrays': 0.39,
  },
};

export const idcSurveyRespondents2015: BenchmarkDataSet = {
  id: 'idc-survey-respondents-2015',
  title: 'Who answered the IDC storage survey, 2015',
  metric: 'shareOfRespondents',
  unit: 'ratio',
  year: 2015,
  source: SOURCE_2015,
  note: `Profile of the 203 respondents: storage held, and role. ${DOUBT}`,
  values: {
    'Hold over 100 TB': 0.419,
    'Hold 51–100 TB': 0.374,
    'IT or infrastructure managers, directors, VPs': 0.57,
    CIOs: 0.355,
  },
};
