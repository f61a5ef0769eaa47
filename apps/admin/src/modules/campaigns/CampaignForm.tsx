import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { foldVietnamese } from '@qt/shared-domain';
import { Alert, Button, Skeleton, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import { gql } from '../../graphql/client';
import type { CreateCampaignInput, OrganisationKind, StudyFormat } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText, fieldProblems } from '../kit/api';
import { PICKER_FORMAT, toApiDate } from '../kit/dates';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { apiFieldToName, campaignFormErrors, type CampaignFormValues } from './campaign-rules';
import { CREATE_CAMPAIGN_MUTATION, RESOLUTIONS_QUERY } from './graphql';

const LEVELS: OrganisationKind[] = ['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL'];
const FORMATS: StudyFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID', 'LIVE_BROADCAST'];

interface RawValues {
  code: string;
  title: string;
  description?: string;
  issuerOrganisationId: string | null;
  resolutionIds: string[];
  startsOn: Dayjs | null;
  reportDueOn: Dayjs | null;
  expectedDurationMinutes: number | null;
  discussionMinutes: number | null;
  formats: StudyFormat[];
  levels: Array<{
    level: OrganisationKind | null;
    deadline: Dayjs | null;
    audience: 'ALL_MEMBERS' | 'KEY_LEADERS';
    includeSubordinateCommittees?: boolean;
    includeSubordinateHeads?: boolean;
  }>;
  essayPolicy: CampaignFormValues['essayPolicy'];
  essayDueOn: Dayjs | null;
  essayMinWords: number | null;
  programmeRequired: boolean;
  programmeDueOn: Dayjs | null;
  programmeLevels: OrganisationKind[];
  personalPlansRequired: boolean;
  personalPlansDueOn: Dayjs | null;
}

function toRuleValues(v: RawValues): CampaignFormValues {
  return {
    startsOn: toApiDate(v.startsOn),
    reportDueOn: toApiDate(v.reportDueOn),
    expectedDurationMinutes: v.expectedDurationMinutes,
    discussionMinutes: v.discussionMinutes,
    essayPolicy: v.essayPolicy,
    essayDueOn: toApiDate(v.essayDueOn),
    programmeRequired: v.programmeRequired,
    programmeDueOn: toApiDate(v.programmeDueOn),
    programmeLevels: v.programmeLevels ?? [],
    personalPlansRequired: v.personalPlansRequired,
    personalPlansDueOn: toApiDate(v.personalPlansDueOn),
    levels: (v.levels ?? []).map((l) => ({ level: l.level, deadline: toApiDate(l.deadline) })),
  };
}

function toInput(v: RawValues): CreateCampaignInput {
  return {
    code: v.code.trim(),
    title: v.title.trim(),
    description: v.description?.trim() || null,
    issuerOrganisationId: v.issuerOrganisationId as string,
    resolutionIds: v.resolutionIds,
    startsOn: toApiDate(v.startsOn) as string,
    reportDueOn: toApiDate(v.reportDueOn) as string,
    expectedDurationMinutes: v.expectedDurationMinutes as number,
    discussionMinutes: v.discussionMinutes ?? undefined,
    formats: v.formats,
    levels: v.levels.map((l) => ({
      level: l.level as OrganisationKind,
      deadline: toApiDate(l.deadline) as string,
      audience: l.audience,
      includeSubordinateCommittees: !!l.includeSubordinateCommittees,
      includeSubordinateHeads: !!l.includeSubordinateHeads,
    })),
    essayPolicy: v.essayPolicy,
    essayDueOn: v.essayPolicy === 'NONE' ? null : toApiDate(v.essayDueOn),
    essayMinWords: v.essayMinWords ?? undefined,
    programmeRequired: v.programmeRequired,
    programmeDueOn: v.programmeRequired ? toApiDate(v.programmeDueOn) : null,
    programmeLevels: v.programmeRequired ? v.programmeLevels : [],
    personalPlansRequired: v.personalPlansRequired,
    personalPlansDueOn: v.personalPlansRequired ? toApiDate(v.personalPlansDueOn) : null,
  };
}

type ResolutionOption = { id: string; code: string; title: string };

/** Create a draft campaign from resolutions: per-level deadlines, audience, essay, programme and plan rules. */
export function CampaignForm({ onCreated, onCancel }: { onCreated: (c: { id: string; code: string }) => void; onCancel?: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const [form] = Form.useForm<RawValues>();
  const [resolutions, setResolutions] = useState<ResolutionOption[]>([]);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const essayPolicy = Form.useWatch('essayPolicy', form);
  const programmeRequired = Form.useWatch('programmeRequired', form);
  const plansRequired = Form.useWatch('personalPlansRequired', form);

  useEffect(() => {
    let live = true;
    gql(RESOLUTIONS_QUERY, {}).then(
      (d) => live && setResolutions(d.resolutions.nodes),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const required = (labelKey: Parameters<typeof t>[0]) => [{ required: true, message: t('campaign.form.required', { field: t(labelKey).toLowerCase() }) }];

  const submit = async (values: RawValues) => {
    setFormError(null);
    // An empty level list is the Form.List rule's to show; the others go on their fields.
    const problems = campaignFormErrors(toRuleValues(values)).filter((p) => p.name.length > 1 || p.name[0] !== 'levels');
    if (problems.length) {
      form.setFields(problems.map((p) => ({ name: p.name as never, errors: [t(p.key)] })));
      return;
    }
    setSaving(true);
    try {
      const { createCampaign } = await gql(CREATE_CAMPAIGN_MUTATION, { input: toInput(values) });
      onCreated(createCampaign);
    } catch (error) {
      const fields = fieldProblems(error);
      if (fields.length) form.setFields(fields.map((f) => ({ name: apiFieldToName(f.field) as never, errors: f.messages })));
      setFormError(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  // The issuer defaults to the top of the user's scope: wait for the roles.
  if (user.status === 'loading') return <Skeleton active />;

  const levelOptions = LEVELS.map((k) => ({ value: k, label: t(`org.kind.${k}`) }));
  const scope = user.scopeRoots;

  return (
    <Form<RawValues>
      form={form}
      layout="vertical"
      name="campaign"
      onFinish={(v) => void submit(v)}
      initialValues={{
        issuerOrganisationId: scope[0]?.id ?? null,
        resolutionIds: [],
        formats: ['IN_PERSON'],
        expectedDurationMinutes: 480,
        discussionMinutes: 240,
        levels: [{ level: 'GRASSROOTS', deadline: null, audience: 'ALL_MEMBERS' }],
        essayPolicy: 'KEY_LEADERS_ONLY',
        essayMinWords: 300,
        programmeRequired: false,
        programmeLevels: [],
        personalPlansRequired: false,
      }}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="code" label={t('campaign.field.code')} rules={required('campaign.field.code')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t('campaign.field.title')} rules={required('campaign.field.title')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="issuerOrganisationId" label={t('campaign.field.issuer')} rules={required('campaign.field.issuer')}>
        <OrganisationSelect ariaLabel={t('campaign.field.issuer')} initial={scope} />
      </Form.Item>
      <Form.Item name="resolutionIds" label={t('campaign.field.resolutions')} rules={required('campaign.field.resolutions')}>
        <Select
          mode="multiple"
          aria-label={t('campaign.field.resolutions')}
          options={resolutions.map((r) => ({ value: r.id, label: `${r.code} — ${r.title}` }))}
          showSearch={{ filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)) }}
        />
      </Form.Item>
      <Form.Item name="description" label={t('campaign.field.description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="startsOn" label={t('campaign.field.startsOn')} rules={required('campaign.field.startsOn')}>
            <DatePicker format={PICKER_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="reportDueOn" label={t('campaign.field.reportDueOn')} rules={required('campaign.field.reportDueOn')}>
            <DatePicker format={PICKER_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="expectedDurationMinutes" label={t('campaign.field.duration')} rules={required('campaign.field.duration')}>
            <InputNumber min={15} max={1440} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="discussionMinutes" label={t('campaign.field.discussion')}>
            <InputNumber min={0} max={1440} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="formats" label={t('campaign.field.formats')} rules={required('campaign.field.formats')}>
        <Checkbox.Group options={FORMATS.map((f) => ({ value: f, label: t(`campaign.format.${f}`) }))} />
      </Form.Item>

      <Divider titlePlacement="start">{t('campaign.field.levels')}</Divider>
      <Form.List
        name="levels"
        rules={[
          {
            validator: async (_, levels: unknown[] | undefined) => {
              if (!levels?.length) throw new Error(t('campaign.rule.oneLevel'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex' }} data-testid="campaign-level">
                <Form.Item name={[field.name, 'level']} label={t('campaign.field.level')} rules={required('campaign.field.level')}>
                  <Select options={levelOptions} style={{ width: 200 }} aria-label={t('campaign.field.level')} />
                </Form.Item>
                <Form.Item name={[field.name, 'deadline']} label={t('campaign.field.deadline')} rules={required('campaign.field.deadline')}>
                  <DatePicker format={PICKER_FORMAT} />
                </Form.Item>
                <Form.Item name={[field.name, 'audience']} label={t('campaign.field.audience')}>
                  <Select
                    style={{ width: 180 }}
                    aria-label={t('campaign.field.audience')}
                    options={(['ALL_MEMBERS', 'KEY_LEADERS'] as const).map((a) => ({ value: a, label: t(`campaign.audience.${a}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'includeSubordinateCommittees']} valuePropName="checked" label=" ">
                  <Checkbox>{t('campaign.field.subCommittees')}</Checkbox>
                </Form.Item>
                <Form.Item name={[field.name, 'includeSubordinateHeads']} valuePropName="checked" label=" ">
                  <Checkbox>{t('campaign.field.subHeads')}</Checkbox>
                </Form.Item>
                <Form.Item label=" ">
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('campaign.form.cancel')} onClick={() => remove(field.name)} />
                </Form.Item>
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ level: null, deadline: null, audience: 'ALL_MEMBERS' })}>
              {t('campaign.field.addLevel')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="essayPolicy" label={t('campaign.field.essayPolicy')}>
            <Radio.Group
              options={(['ALL_ATTENDEES', 'KEY_LEADERS_ONLY', 'NONE'] as const).map((p) => ({ value: p, label: t(`campaign.essay.${p}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="essayDueOn" label={t('campaign.field.essayDueOn')}>
            <DatePicker format={PICKER_FORMAT} disabled={essayPolicy === 'NONE'} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="essayMinWords" label={t('campaign.field.essayMinWords')}>
            <InputNumber min={0} max={10000} disabled={essayPolicy === 'NONE'} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="programmeRequired" label={t('campaign.field.programmeRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="programmeDueOn" label={t('campaign.field.programmeDueOn')}>
            <DatePicker format={PICKER_FORMAT} disabled={!programmeRequired} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="programmeLevels" label={t('campaign.field.programmeLevels')}>
            <Select mode="multiple" options={levelOptions} disabled={!programmeRequired} aria-label={t('campaign.field.programmeLevels')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="personalPlansRequired" label={t('campaign.field.plansRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="personalPlansDueOn" label={t('campaign.field.plansDueOn')}>
            <DatePicker format={PICKER_FORMAT} disabled={!plansRequired} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('campaign.form.create')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('campaign.form.cancel')}</Button>}
      </Space>
    </Form>
  );
}
